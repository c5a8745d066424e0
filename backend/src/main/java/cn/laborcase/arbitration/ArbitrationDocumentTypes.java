package cn.laborcase.arbitration;

import static cn.laborcase.documents.DocumentField.optional;
import static cn.laborcase.documents.DocumentField.required;

import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import cn.laborcase.documents.FieldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The arbitration track's documents (templates/arbitration/), issued by the system at each step: 收件回执, 补正通知书,
 * 受理通知书, 不予受理通知书, 应诉通知书 and 仲裁庭组成通知书 (劳动人事争议仲裁办案规则 §§29–32).
 */
@Component
class ArbitrationDocumentTypes implements DocumentTypeProvider {

    static final String RECEIPT = "ARBITRATION_RECEIPT"; // 收件回执
    static final String SUPPLEMENT_NOTICE = "ARBITRATION_SUPPLEMENT_NOTICE"; // 补正通知书
    static final String ACCEPTANCE_NOTICE = "ARBITRATION_ACCEPTANCE_NOTICE"; // 受理通知书
    static final String NON_ACCEPTANCE_NOTICE = "ARBITRATION_NON_ACCEPTANCE_NOTICE"; // 不予受理通知书
    static final String ANSWER_NOTICE = "ARBITRATION_ANSWER_NOTICE"; // 应诉通知书
    static final String TRIBUNAL_NOTICE = "ARBITRATION_TRIBUNAL_NOTICE"; // 仲裁庭组成通知书
    static final String ANSWER_COPY = "ARBITRATION_ANSWER_COPY"; // 答辩书副本送达通知书

    @Override
    public List<DocumentType> documentTypes() {
        return Stream.of(
                        new DocumentType(
                                RECEIPT,
                                "收件回执",
                                "arbitration/receipt",
                                "{office}劳人仲收字〔{year}〕第{seq}号",
                                List.of(
                                        required("receiptNumber", "收件编号", FieldKind.TEXT),
                                        required("applicants", "申请人", FieldKind.TEXTAREA)
                                                .people(),
                                        required("respondents", "被申请人", FieldKind.TEXTAREA),
                                        required("receivedAt", "收件时间", FieldKind.DATETIME),
                                        required("channel", "收件方式", FieldKind.TEXT),
                                        required("claims", "仲裁请求", FieldKind.TEXTAREA),
                                        required("acceptanceDueDate", "受理审查期限", FieldKind.DATE),
                                        required("clerk", "收件人", FieldKind.TEXT)),
                                sample(Map.of(
                                        "receiptNumber", "示劳人仲收〔2026〕12号",
                                        "receivedAt", "2026-12-07T09:30",
                                        "channel", "当场提交",
                                        "acceptanceDueDate", "2026-12-14",
                                        "clerk", "林晓"))),
                        new DocumentType(
                                SUPPLEMENT_NOTICE,
                                "补正通知书",
                                "arbitration/supplement-notice",
                                "{office}劳人仲补字〔{year}〕第{seq}号",
                                List.of(
                                        required("applicants", "申请人", FieldKind.TEXTAREA)
                                                .people(),
                                        required("respondents", "被申请人", FieldKind.TEXTAREA),
                                        required("receivedOn", "收件日期", FieldKind.DATE),
                                        required("items", "需补正的材料和事项", FieldKind.TEXTAREA),
                                        required("clerk", "承办人", FieldKind.TEXT)),
                                sample(Map.of(
                                        "receivedOn", "2026-12-07",
                                        "items", "1. 申请人身份证复印件\n2. 与被申请人存在劳动关系的证明材料",
                                        "clerk", "林晓"))),
                        new DocumentType(
                                ACCEPTANCE_NOTICE,
                                "受理通知书",
                                "arbitration/acceptance-notice",
                                "{office}劳人仲受字〔{year}〕第{seq}号",
                                List.of(
                                        required("caseNumber", "案号", FieldKind.TEXT),
                                        required("applicants", "申请人", FieldKind.TEXTAREA)
                                                .people(),
                                        required("respondents", "被申请人", FieldKind.TEXTAREA),
                                        required("receivedOn", "收件日期", FieldKind.DATE),
                                        required("acceptedOn", "受理日期", FieldKind.DATE),
                                        required("awardDueDate", "审结期限", FieldKind.DATE),
                                        required("claims", "仲裁请求", FieldKind.TEXTAREA)),
                                sample(Map.of(
                                        "caseNumber", "示劳人仲案字〔2026〕第12号",
                                        "receivedOn", "2026-12-07",
                                        "acceptedOn", "2026-12-10",
                                        "awardDueDate", "2027-01-25"))),
                        new DocumentType(
                                NON_ACCEPTANCE_NOTICE,
                                "不予受理通知书",
                                "arbitration/non-acceptance-notice",
                                "{office}劳人仲不受字〔{year}〕第{seq}号",
                                List.of(
                                        required("applicants", "申请人", FieldKind.TEXTAREA)
                                                .people(),
                                        required("respondents", "被申请人", FieldKind.TEXTAREA),
                                        required("receivedOn", "收件日期", FieldKind.DATE),
                                        required("reasons", "不予受理的理由", FieldKind.TEXTAREA),
                                        required("claims", "仲裁请求", FieldKind.TEXTAREA)),
                                sample(Map.of(
                                        "receivedOn", "2026-12-07",
                                        "reasons", "申请人与被申请人之间的争议不属于劳动人事争议处理范围。"))),
                        new DocumentType(
                                ANSWER_NOTICE,
                                "应诉通知书",
                                "arbitration/answer-notice",
                                "{office}劳人仲应字〔{year}〕第{seq}号",
                                List.of(
                                        required("caseNumber", "案号", FieldKind.TEXT),
                                        required("respondent", "被申请人", FieldKind.TEXT),
                                        required("applicants", "申请人", FieldKind.TEXTAREA)
                                                .people(),
                                        required("acceptedOn", "受理日期", FieldKind.DATE),
                                        required("claims", "仲裁请求", FieldKind.TEXTAREA)),
                                sample(Map.of(
                                        "caseNumber", "示劳人仲案字〔2026〕第12号",
                                        "respondent", "示范市东湖恒信建筑工程有限公司",
                                        "acceptedOn", "2026-12-10"))),
                        new DocumentType(
                                TRIBUNAL_NOTICE,
                                "仲裁庭组成通知书",
                                "arbitration/tribunal-notice",
                                "{office}劳人仲庭字〔{year}〕第{seq}号",
                                List.of(
                                        required("caseNumber", "案号", FieldKind.TEXT),
                                        required("applicants", "申请人", FieldKind.TEXTAREA)
                                                .people(),
                                        required("respondents", "被申请人", FieldKind.TEXTAREA),
                                        required("mode", "仲裁庭组成方式", FieldKind.TEXT),
                                        required("tribunal", "仲裁庭组成人员", FieldKind.TEXTAREA),
                                        optional("awardDueDate", "审结期限", FieldKind.DATE)),
                                sample(Map.of(
                                        "caseNumber", "示劳人仲案字〔2026〕第12号",
                                        "mode", "由三名仲裁员组成仲裁庭",
                                        "tribunal", "首席仲裁员：周正\n仲裁员：徐静\n仲裁员：陈立",
                                        "awardDueDate", "2027-01-25"))),
                        // 调解仲裁法 §30: 仲裁委员会收到答辩书后，应当在五日内将答辩书副本送达申请人
                        new DocumentType(
                                ANSWER_COPY,
                                "答辩书副本送达通知书",
                                "arbitration/answer-copy",
                                "{office}劳人仲答字〔{year}〕第{seq}号",
                                List.of(
                                        required("caseNumber", "案号", FieldKind.TEXT),
                                        required("applicants", "申请人", FieldKind.TEXTAREA)
                                                .people(),
                                        required("respondent", "答辩人（被申请人）", FieldKind.TEXT),
                                        required("answeredOn", "答辩书收到日期", FieldKind.DATE),
                                        required("summary", "答辩意见", FieldKind.TEXTAREA),
                                        optional("late", "逾期提交说明", FieldKind.TEXT)),
                                sample(Map.of(
                                        "caseNumber", "示劳人仲案字〔2026〕第12号",
                                        "respondent", "示范市东湖恒信建筑工程有限公司",
                                        "answeredOn", "2026-12-18",
                                        "summary", "被申请人已足额支付2026年8月工资，申请人主张的工资数额有误。"))))
                .map(ArbitrationDocumentTypes::declaredSampleOnly)
                .toList();
    }

    /** The shared sample parties and claims, kept only where the type prints them. */
    private static DocumentType declaredSampleOnly(DocumentType t) {
        Map<String, String> sample = new LinkedHashMap<>();
        t.sample().forEach((k, v) -> t.field(k).ifPresent(f -> sample.put(k, v)));
        return new DocumentType(t.code(), t.name(), t.template(), t.defaultNumberPattern(), t.fields(), sample);
    }

    private static Map<String, String> sample(Map<String, String> own) {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("applicants", "李秀英\n王建军");
        sample.put("respondents", "示范市东湖恒信建筑工程有限公司");
        sample.put("claims", "1. 追索劳动报酬：支付2026年8月至10月工资 18,600.00 元\n2. 经济补偿：解除劳动合同经济补偿 24,000.00 元");
        sample.putAll(own);
        return sample;
    }
}
