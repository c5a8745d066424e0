package cn.laborcase.cases;

import cn.laborcase.shared.PersonalData;

/**
 * A party of a case as lists and case pages show it ({@code fragments/case :: parties}): personal data masked by the
 * one masking rule ({@link PersonalData}); the full values are shown only by a module's audited reveal.
 *
 * @param role the party's role in the case's wording, e.g. 投诉人, 申请人, 被申请人
 */
public record CaseParty(String role, String name, String idNumber, String phone, String email) {

    /** A person's party line with ID number, phone and e-mail masked (the name is kept: the case names its parties). */
    public static CaseParty masked(String role, String name, String idNumber, String phone, String email) {
        return new CaseParty(
                role, name, PersonalData.idNumber(idNumber), PersonalData.phone(phone), PersonalData.email(email));
    }

    /** A party whose very name is confidential (a reporter, 条例 §9): every field masked. */
    public static CaseParty confidential(String role, String name, String idNumber, String phone, String email) {
        CaseParty p = masked(role, name, idNumber, phone, email);
        return new CaseParty(role, PersonalData.name(name), p.idNumber(), p.phone(), p.email());
    }
}
