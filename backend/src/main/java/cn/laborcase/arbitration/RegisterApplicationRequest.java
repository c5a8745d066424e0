package cn.laborcase.arbitration;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * {@code POST /api/arbitration/applications}: an application for arbitration (仲裁申请书, 调解仲裁法 §28) as the
 * 立案窗口 registers it. Amounts and times arrive as text, so that a wrong one is named as a field (400).
 *
 * @param receivedAt when the committee received it, ISO with offset (2026-12-07T09:30:00+08:00); not in the future
 * @param channel IN_PERSON (default), POST or ONLINE
 * @param locality the place whose minimum wage decides finality (法 §47); default the committee's region
 * @param applicants one or more workers; 10 or more make a collective case that needs representatives (法 §7)
 * @param respondent the employer
 * @param otherRespondents further respondents (e.g. the general contractor), optional
 * @param agents agents (委托代理人) with their authority, optional
 * @param claims the claims as line items
 */
public record RegisterApplicationRequest(
        String receivedAt,
        String channel,
        String locality,
        List<Applicant> applicants,
        Respondent respondent,
        List<Respondent> otherRespondents,
        List<Agent> agents,
        List<Claim> claims) {

    /** A worker applying (申请人). */
    public record Applicant(String name, String idNumber, String phone, String address, Boolean representative) {}

    /** An employer (被申请人) by its 统一社会信用代码. */
    public record Respondent(String creditCode, String name, String address, String phone) {}

    /**
     * An agent (委托代理人, 法 §24).
     *
     * @param authority GENERAL (一般授权) or SPECIAL (特别授权)
     * @param actsFor the index of the applicant he acts for (0 = the first)
     */
    public record Agent(String name, String idNumber, String phone, String authority, Integer actsFor) {}

    /**
     * A claim item (仲裁请求事项).
     *
     * @param type a {@link cn.laborcase.cases.ClaimType} name
     * @param amount yuan, at most two decimals; empty for a non-money item
     */
    public record Claim(String type, @JsonDeserialize(using = NumberAsText.class) String amount, String description) {}
}
