package cn.laborcase.intake;

/**
 * What a registration states beyond the facts for the 举报投诉登记表 (关于实施《劳动保障监察条例》若干规定 §17): the
 * employer's 法定代表人或者主要负责人 with his 职务, as the complainant names them, and the complainant's 投诉请求.
 *
 * @param employerRepresentative absent when not stated
 * @param employerRepresentativeTitle his 职务, absent when not stated
 * @param claims required for a 投诉, absent for most 举报
 */
public record ComplaintParticulars(String employerRepresentative, String employerRepresentativeTitle, String claims) {

    static final ComplaintParticulars NONE = new ComplaintParticulars(null, null, null);

    /** The particulars of a validated request, blank as absent (Oracle mode stores '' as NULL anyway). */
    static ComplaintParticulars of(RegisterComplaintRequest request) {
        RegisterComplaintRequest.EmployerRequest e = request.employer();
        return new ComplaintParticulars(
                e == null ? null : stripped(e.representative()),
                e == null ? null : stripped(e.representativeTitle()),
                stripped(request.claims()));
    }

    static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
