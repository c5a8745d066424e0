package cn.laborcase.intake;

import java.time.Instant;

/**
 * A complainant as pages and the API show him: name, ID number and phone masked (house style #19); for a report
 * whose reporter the user may not see, nothing but that he is confidential.
 *
 * @param kind complainant or (confidential) reporter
 * @param joinedByMerge he came with a duplicate registration that was merged into this complaint
 * @param occupation 职业 as stated (若干规定 §17)
 * @param workplace 工作单位 as stated
 * @param emailConsent he confirmed {@code email} as his address for service (送达地址确认书, 民事诉讼法 §90): documents
 *     are e-mailed to him; otherwise they are served on paper
 */
public record ComplainantView(
        int position,
        PartyKind kind,
        String name,
        String idNumber,
        String phone,
        String email,
        Instant joinedAt,
        boolean joinedByMerge,
        String occupation,
        String workplace,
        boolean emailConsent) {

    static final String CONFIDENTIAL = "（举报人信息保密）";
}
