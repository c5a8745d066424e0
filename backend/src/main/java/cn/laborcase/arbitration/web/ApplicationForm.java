package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.ApplicationPrefill;
import cn.laborcase.arbitration.RegisterApplicationRequest;
import cn.laborcase.shared.BeijingTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The registration page's form as typed: up to {@link #ROWS} applicants and claims, one agent; blank rows are left out.
 * The receipt time in Beijing time (datetime-local).
 */
record ApplicationForm(
        String receivedAt,
        String channel,
        List<String> applicantName,
        List<String> applicantIdNumber,
        List<String> applicantPhone,
        List<String> applicantAddress,
        String representative,
        String respondentCreditCode,
        String respondentName,
        String respondentAddress,
        String agentName,
        String agentAuthority,
        List<String> claimType,
        List<String> claimAmount,
        List<String> claimDescription) {

    static final int ROWS = 4;

    static ApplicationForm empty(String now) {
        return new ApplicationForm(
                now, "IN_PERSON", null, null, null, null, "0", null, null, null, null, "GENERAL", null, null, null);
    }

    /** The form filled from a failed mediation or a referred complaint (up to {@link #ROWS} rows of each). */
    static ApplicationForm prefilled(String now, ApplicationPrefill p) {
        List<RegisterApplicationRequest.Applicant> people =
                p.applicants().stream().limit(ROWS).toList();
        List<RegisterApplicationRequest.Claim> claims =
                p.claims().stream().limit(ROWS).toList();
        RegisterApplicationRequest.Respondent r = p.respondent();
        return new ApplicationForm(
                now,
                "IN_PERSON",
                people.stream().map(RegisterApplicationRequest.Applicant::name).toList(),
                people.stream()
                        .map(RegisterApplicationRequest.Applicant::idNumber)
                        .toList(),
                people.stream().map(RegisterApplicationRequest.Applicant::phone).toList(),
                people.stream()
                        .map(RegisterApplicationRequest.Applicant::address)
                        .toList(),
                "0",
                r == null ? null : r.creditCode(),
                r == null ? null : r.name(),
                r == null ? null : r.address(),
                null,
                "GENERAL",
                claims.stream().map(RegisterApplicationRequest.Claim::type).toList(),
                claims.stream().map(RegisterApplicationRequest.Claim::amount).toList(),
                claims.stream()
                        .map(RegisterApplicationRequest.Claim::description)
                        .toList());
    }

    public String at(List<String> values, int i) {
        return values == null || i >= values.size() ? null : values.get(i);
    }

    RegisterApplicationRequest toRequest() {
        List<RegisterApplicationRequest.Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (!blank(at(applicantName, i)) || !blank(at(applicantIdNumber, i))) {
                applicants.add(new RegisterApplicationRequest.Applicant(
                        at(applicantName, i),
                        at(applicantIdNumber, i),
                        at(applicantPhone, i),
                        at(applicantAddress, i),
                        String.valueOf(i).equals(representative)));
            }
        }
        List<RegisterApplicationRequest.Claim> claims = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (!blank(at(claimType, i)) || !blank(at(claimDescription, i)) || !blank(at(claimAmount, i))) {
                claims.add(new RegisterApplicationRequest.Claim(
                        at(claimType, i), at(claimAmount, i), at(claimDescription, i)));
            }
        }
        boolean noRespondent = blank(respondentCreditCode) && blank(respondentName) && blank(respondentAddress);
        return new RegisterApplicationRequest(
                beijingToOffset(receivedAt),
                channel,
                null,
                applicants,
                noRespondent
                        ? null
                        : new RegisterApplicationRequest.Respondent(
                                respondentCreditCode, respondentName, respondentAddress, null),
                null,
                blank(agentName)
                        ? null
                        : List.of(new RegisterApplicationRequest.Agent(agentName, null, null, agentAuthority, 0)),
                claims);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** 2026-12-07T09:30 (Beijing) → 2026-12-07T09:30+08:00; anything else is passed on to be named as wrong. */
    private static String beijingToOffset(String local) {
        if (blank(local)) {
            return local;
        }
        try {
            return LocalDateTime.parse(local.strip())
                    .atZone(BeijingTime.ZONE)
                    .toOffsetDateTime()
                    .toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
