package cn.laborcase.intake;

/** A complainant unmasked: only from {@link Complaints#reveal}, which audits every call. */
public record ComplainantDetail(
        int position, String name, String idNumber, String phone, String address, String email) {}
