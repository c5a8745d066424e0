package cn.laborcase.intake;

import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A complaint or report to register, as the intake desk's form and the integrations ({@code POST /api/complaints})
 * send it. Codes ({@code kind}, {@code channel}, {@code category}) are plain text so that a wrong one is named as a
 * field problem rather than rejected as an unreadable body. Checked by {@link ComplaintValidation}.
 *
 * @param kind COMPLAINT (投诉) or REPORT (举报)
 * @param channel COUNTER, PHONE, ONLINE, LETTER or CLUE_PLATFORM
 * @param receivedAt when the office received it; now if absent
 * @param complainants empty only for an anonymous report
 * @param category a {@link ComplaintCategory} name
 * @param amountOwed in yuan, two decimals at most; absent when unknown
 * @param violationEndedOn absent while the violation continues (条例 §20 counts from its end)
 * @param description line breaks kept as LF (a browser posts CR LF)
 * @param onlyDoubleWages for a 未订立书面劳动合同 complaint: the worker asks only for the double wages of 劳动合同法 §82
 *     (a contract dispute for mediation or arbitration, 条例 §21) rather than for the contract to be signed (条例
 *     §11(二), inspection); absent means no
 * @param claims 投诉请求: what the complainant asks for (若干规定 §17); required for a 投诉, optional for a 举报
 */
public record RegisterComplaintRequest(
        String kind,
        String channel,
        Instant receivedAt,
        List<ComplainantRequest> complainants,
        EmployerRequest employer,
        String category,
        Integer workersAffected,
        BigDecimal amountOwed,
        LocalDate violationStartedOn,
        LocalDate violationEndedOn,
        Boolean employerAbsconded,
        String description,
        Boolean onlyDoubleWages,
        String claims) {

    public RegisterComplaintRequest {
        // List.copyOf refuses null rows; ComplaintValidation names them instead
        complainants = complainants == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(complainants));
        description = PrintableText.normalizeNewlines(description);
        claims = PrintableText.normalizeNewlines(claims);
    }

    /** A request without the 投诉请求 (a report, or a caller that states them in the description). */
    public RegisterComplaintRequest(
            String kind,
            String channel,
            Instant receivedAt,
            List<ComplainantRequest> complainants,
            EmployerRequest employer,
            String category,
            Integer workersAffected,
            BigDecimal amountOwed,
            LocalDate violationStartedOn,
            LocalDate violationEndedOn,
            Boolean employerAbsconded,
            String description,
            Boolean onlyDoubleWages) {
        this(
                kind,
                channel,
                receivedAt,
                complainants,
                employer,
                category,
                workersAffected,
                amountOwed,
                violationStartedOn,
                violationEndedOn,
                employerAbsconded,
                description,
                onlyDoubleWages,
                null);
    }

    /** A request without the double-wages flag (most categories have no use for it). */
    public RegisterComplaintRequest(
            String kind,
            String channel,
            Instant receivedAt,
            List<ComplainantRequest> complainants,
            EmployerRequest employer,
            String category,
            Integer workersAffected,
            BigDecimal amountOwed,
            LocalDate violationStartedOn,
            LocalDate violationEndedOn,
            Boolean employerAbsconded,
            String description) {
        this(
                kind,
                channel,
                receivedAt,
                complainants,
                employer,
                category,
                workersAffected,
                amountOwed,
                violationStartedOn,
                violationEndedOn,
                employerAbsconded,
                description,
                null,
                null);
    }

    /**
     * 投诉人/举报人.
     *
     * @param email an address for contact; for service (电子送达) only with {@code emailConsent}
     * @param occupation 职业 (若干规定 §17), optional
     * @param workplace 工作单位 (若干规定 §17), optional: for a 投诉 the employer complained about unless stated
     * @param emailConsent he confirmed {@code email} in writing as his address for service (送达地址确认书, 民事诉讼法
     *     §90): documents are then served on him by e-mail; absent means no
     */
    public record ComplainantRequest(
            String name,
            String idNumber,
            String phone,
            String address,
            String email,
            String occupation,
            String workplace,
            Boolean emailConsent) {

        /** A complainant without occupation, workplace or consent to electronic service. */
        public ComplainantRequest(String name, String idNumber, String phone, String address, String email) {
            this(name, idNumber, phone, address, email, null, null, null);
        }

        public boolean consentsToEmail() {
            return Boolean.TRUE.equals(emailConsent);
        }
    }

    /**
     * The employer complained about, found in the master record by its credit code or added to it.
     *
     * @param district the district (区/县) where it uses labor, to find its grid (条例 §13)
     * @param gridCode the grid, when the clerk chooses it; otherwise found from the district and address
     * @param representative 法定代表人或者主要负责人 as the complainant names him (若干规定 §17), optional
     * @param representativeTitle his 职务, optional
     */
    public record EmployerRequest(
            String creditCode,
            String name,
            String address,
            String district,
            String gridCode,
            String representative,
            String representativeTitle) {

        /** An employer without its representative. */
        public EmployerRequest(String creditCode, String name, String address, String district, String gridCode) {
            this(creditCode, name, address, district, gridCode, null, null);
        }
    }
}
