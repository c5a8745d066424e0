package cn.laborcase.arbitration.persistence;

/** A row of {@code arbitration_party}: an applicant, respondent or agent. */
public record PartyRow(
        Long caseId,
        String kind,
        int position,
        String name,
        String idNumber,
        String creditCode,
        String phone,
        String address,
        boolean representative,
        String authority,
        Integer actsFor) {}
