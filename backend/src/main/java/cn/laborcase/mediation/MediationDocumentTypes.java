package cn.laborcase.mediation;

import cn.laborcase.documents.DocumentField;
import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import cn.laborcase.documents.FieldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The mediation track's documents (templates/mediation/), issued by the process: 调解协议书 (signed by both parties and
 * the mediator), 终止调解通知书, and 调解不成告知书 when the 15 days of 调解仲裁法 §14 ran out.
 */
@Component
class MediationDocumentTypes implements DocumentTypeProvider {

    static final String AGREEMENT = "MEDIATION_AGREEMENT"; // 调解协议书
    static final String TERMINATION = "MEDIATION_TERMINATION"; // 终止调解通知书
    static final String FAILURE = "MEDIATION_FAILURE"; // 调解不成告知书
    static final String CONFIRMATION = "MEDIATION_CONFIRMATION"; // 仲裁调解书 (仲裁审查)
    static final String REVIEW_REFUSAL = "MEDIATION_REVIEW_REFUSAL"; // 不予制作调解书通知书

    static final java.util.Set<String> ALL =
            java.util.Set.of(AGREEMENT, TERMINATION, FAILURE, CONFIRMATION, REVIEW_REFUSAL);

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(agreement(), termination(), failure(), confirmation(), reviewRefusal());
    }

    private static Map<String, String> review() {
        Map<String, String> sample = common();
        sample.put("signedOn", "2026年12月2日");
        sample.put("appliedOn", "2026年12月3日");
        sample.put("decidedOn", "2026年12月5日");
        sample.put("reviewerName", "周正");
        return sample;
    }

    /** 仲裁调解书 on the committee's review: the agreement's content; effective on both parties' signed receipt. */
    private static DocumentType confirmation() {
        Map<String, String> sample = review();
        sample.put("agreedItems", "1. 追索劳动报酬 10,000.00 元");
        sample.put("terms", "被申请人于2026年12月15日前一次性支付申请人工资10,000.00元；申请人放弃其他请求。");
        return new DocumentType(
                CONFIRMATION,
                "仲裁调解书",
                "mediation/confirmation",
                "{office}劳人仲审调字〔{year}〕{seq}号",
                List.of(
                        text("caseNumber", "调解案号"),
                        area("applicants", "申请人"),
                        area("respondent", "被申请人"),
                        area("claims", "申请调解的请求事项"),
                        area("agreedItems", "达成协议的事项"),
                        area("terms", "协议内容"),
                        text("signedOn", "调解协议签署日期"),
                        text("appliedOn", "共同申请仲裁审查日期"),
                        text("decidedOn", "审查决定日期"),
                        text("mediatorName", "调解员"),
                        text("reviewerName", "审查仲裁员")),
                sample);
    }

    /** 不予制作调解书通知书 (办案规则 §78) with the reasons; the parties may apply for arbitration. */
    private static DocumentType reviewRefusal() {
        Map<String, String> sample = review();
        sample.remove("claims");
        sample.put("reasons", "调解协议约定的支付金额低于申请人依法应得的最低工资标准，违反法律、行政法规的强制性规定。");
        return new DocumentType(
                REVIEW_REFUSAL,
                "不予制作调解书通知书",
                "mediation/review-refusal",
                "{office}劳人仲审不字〔{year}〕{seq}号",
                List.of(
                        text("caseNumber", "调解案号"),
                        area("applicants", "申请人"),
                        area("respondent", "被申请人"),
                        area("reasons", "不予制作调解书的理由"),
                        text("signedOn", "调解协议签署日期"),
                        text("appliedOn", "共同申请仲裁审查日期"),
                        text("decidedOn", "审查决定日期"),
                        text("mediatorName", "调解员"),
                        text("reviewerName", "审查仲裁员")),
                sample);
    }

    private static Map<String, String> common() {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("caseNumber", "示劳人调字〔2026〕3号");
        sample.put("applicants", "王小明，男，身份证号码330106198805120012，住示范市东湖区滨江路18号");
        sample.put("respondent", "示范市某建筑劳务有限公司，统一社会信用代码91330100MA2H3K7X5Q，住所示范市东湖区中山路1号");
        sample.put("claims", "1. 追索劳动报酬 12,000.00 元（2026年8月至10月工资）");
        sample.put("appliedOn", "2026年11月20日");
        sample.put("mediatorName", "杨洁");
        return sample;
    }

    private static DocumentType agreement() {
        Map<String, String> sample = common();
        sample.put("agreedItems", "1. 追索劳动报酬 10,000.00 元");
        sample.put("terms", "被申请人于2026年12月15日前一次性支付申请人工资10,000.00元；申请人放弃其他请求。");
        sample.put("signedOn", "2026年12月2日");
        return new DocumentType(
                AGREEMENT,
                "调解协议书",
                "mediation/agreement",
                "{office}劳人调协字〔{year}〕{seq}号",
                List.of(
                        text("caseNumber", "案号"),
                        area("applicants", "申请人"),
                        area("respondent", "被申请人"),
                        area("claims", "申请调解的请求事项"),
                        area("agreedItems", "达成协议的事项"),
                        area("terms", "协议内容"),
                        text("appliedOn", "申请日期"),
                        text("signedOn", "签署日期"),
                        text("mediatorName", "调解员")),
                sample);
    }

    private static DocumentType termination() {
        Map<String, String> sample = common();
        sample.put("reason", "被申请人明确表示不同意调解");
        sample.put("endedOn", "2026年11月28日");
        return new DocumentType(
                TERMINATION,
                "终止调解通知书",
                "mediation/termination",
                "{office}劳人调终字〔{year}〕{seq}号",
                List.of(
                        text("caseNumber", "案号"),
                        area("applicants", "申请人"),
                        area("respondent", "被申请人"),
                        area("claims", "申请调解的请求事项"),
                        area("reason", "终止原因"),
                        text("appliedOn", "申请日期"),
                        text("endedOn", "终止日期"),
                        text("mediatorName", "调解员")),
                sample);
    }

    private static DocumentType failure() {
        Map<String, String> sample = common();
        sample.put("dueDate", "2026年12月7日");
        return new DocumentType(
                FAILURE,
                "调解不成告知书",
                "mediation/failure",
                "{office}劳人调告字〔{year}〕{seq}号",
                List.of(
                        text("caseNumber", "案号"),
                        area("applicants", "申请人"),
                        area("respondent", "被申请人"),
                        area("claims", "申请调解的请求事项"),
                        text("appliedOn", "申请日期"),
                        text("dueDate", "调解期限届满日"),
                        text("mediatorName", "调解员")),
                sample);
    }

    private static DocumentField text(String name, String label) {
        return new DocumentField(name, label, FieldKind.TEXT, true, List.of(), null);
    }

    private static DocumentField area(String name, String label) {
        return new DocumentField(name, label, FieldKind.TEXTAREA, true, List.of(), null);
    }
}
