package cn.laborcase.arbitration;

/**
 * 追加当事人 (办案规则 §46(一)): who joins, identified as at registration, and from which day the award period counts
 * again.
 *
 * @param on the day the joinder was decided (2026-08-24); empty: today
 * @param kind APPLICANT (a worker: name and ID number) or RESPONDENT (an employer: name and credit code)
 * @param name the person's or the employer's name
 * @param idNumber a joined applicant's ID card number (checked as at registration)
 * @param creditCode a joined respondent's unified social credit code (checked as at registration)
 * @param address where documents reach the party (optional)
 * @param reason why, as the notice states it
 */
public record JoinderRequest(
        String on, String kind, String name, String idNumber, String creditCode, String address, String reason) {}
