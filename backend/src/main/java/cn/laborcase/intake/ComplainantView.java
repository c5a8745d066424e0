package cn.laborcase.intake;

import java.time.Instant;

/**
 * A complainant as pages and the API show him: name, ID number and phone masked (house style #19); for a report
 * whose reporter the user may not see, nothing but that he is confidential.
 *
 * @param kind complainant or (confidential) reporter
 * @param joinedByMerge he came with a duplicate registration that was merged into this complaint
 */
public record ComplainantView(
        int position,
        PartyKind kind,
        String name,
        String idNumber,
        String phone,
        String email,
        Instant joinedAt,
        boolean joinedByMerge) {

    static final String CONFIDENTIAL = "（举报人信息保密）";
}
