package cn.laborcase.arbitration;

import static cn.laborcase.documents.DocumentField.optional;
import static cn.laborcase.documents.DocumentField.required;

import cn.laborcase.documents.DocumentField;
import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import cn.laborcase.documents.FieldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The documents of the award period and the case's end (templates/arbitration/award-*.xhtml): the decisions and
 * notices the law wants in writing (延期通知书 法 §43; 中止/恢复, 重新计算 办案规则 §§45–46; 撤回 §§43–44 of the rules),
 * the 仲裁调解书 (法 §42) and the award, one per finality (法 §§47–50).
 */
@Component
class AwardDocumentTypes implements DocumentTypeProvider {

    static final String EXTENSION_NOTICE = "ARBITRATION_EXTENSION_NOTICE"; // 延期通知书
    static final String SUSPENSION_DECISION = "ARBITRATION_SUSPENSION_DECISION"; // 中止仲裁决定书
    static final String RESUMPTION_NOTICE = "ARBITRATION_RESUMPTION_NOTICE"; // 恢复仲裁通知书
    static final String RESTART_NOTICE = "ARBITRATION_RESTART_NOTICE"; // 仲裁期限重新计算通知书
    static final String WITHDRAWAL_DECISION = "ARBITRATION_WITHDRAWAL_DECISION"; // 撤回仲裁申请决定书
    static final String MEDIATION = "ARBITRATION_MEDIATION"; // 仲裁调解书
    static final String AWARD_FINAL = "ARBITRATION_AWARD_FINAL"; // 终局裁决书
    static final String AWARD_NON_FINAL = "ARBITRATION_AWARD_NON_FINAL"; // 非终局裁决书

    @Override
    public List<DocumentType> documentTypes() {
        return java.util.stream.Stream.of(
                        decision(EXTENSION_NOTICE, "延期通知书", "延"),
                        decision(SUSPENSION_DECISION, "中止仲裁决定书", "中"),
                        decision(RESUMPTION_NOTICE, "恢复仲裁通知书", "恢"),
                        decision(RESTART_NOTICE, "仲裁期限重新计算通知书", "期"),
                        decision(WITHDRAWAL_DECISION, "撤回仲裁申请决定书", "撤"),
                        new DocumentType(
                                MEDIATION,
                                "仲裁调解书",
                                "arbitration/award-mediation",
                                "{office}劳人仲调字〔{year}〕第{seq}号",
                                fields(
                                        required("claims", "仲裁请求", FieldKind.TEXTAREA),
                                        required("terms", "调解协议内容", FieldKind.TEXTAREA)),
                                sample(Map.of("terms", "1. 被申请人于2027年1月10日前支付申请人工资18,600.00元\n2. 双方再无其他争议"))),
                        award(AWARD_FINAL, "终局裁决书", "award-final", "终"),
                        award(AWARD_NON_FINAL, "非终局裁决书", "award-non-final", "裁"))
                .map(AwardDocumentTypes::declaredSampleOnly)
                .toList();
    }

    /** The shared sample keeps only the fields the type declares. */
    private static DocumentType declaredSampleOnly(DocumentType t) {
        Map<String, String> sample = new LinkedHashMap<>();
        t.sample().forEach((k, v) -> t.field(k).ifPresent(f -> sample.put(k, v)));
        return new DocumentType(t.code(), t.name(), t.template(), t.defaultNumberPattern(), t.fields(), sample);
    }

    private static DocumentType decision(String code, String name, String mark) {
        return new DocumentType(
                code,
                name,
                "arbitration/award-decision",
                "{office}劳人仲" + mark + "字〔{year}〕第{seq}号",
                fields(required("decision", "决定（通知）事项", FieldKind.TEXTAREA)),
                sample(Map.of("decision", "本案因案情复杂，经本会主任批准，审理期限延长十五日，至2027年2月9日届满。")));
    }

    private static DocumentType award(String code, String name, String template, String mark) {
        return new DocumentType(
                code,
                name,
                "arbitration/" + template,
                "{office}劳人仲" + mark + "字〔{year}〕第{seq}号",
                fields(
                        required("tribunal", "仲裁庭组成人员", FieldKind.TEXTAREA),
                        required("claims", "仲裁请求", FieldKind.TEXTAREA),
                        required("items", "裁决事项", FieldKind.TEXTAREA),
                        required("awardedOn", "裁决日期", FieldKind.DATE),
                        optional("absence", "缺席裁决说明", FieldKind.TEXT)),
                sample(Map.of(
                        "tribunal", "首席仲裁员：周正\n仲裁员：徐静\n仲裁员：陈立",
                        "items", "1. 被申请人支付申请人2026年8月至10月工资18,600.00元（本项为终局裁决）",
                        "awardedOn", "2027-01-20")));
    }

    private static List<DocumentField> fields(DocumentField... own) {
        List<DocumentField> all = new java.util.ArrayList<>(List.of(
                required("caseNumber", "案号", FieldKind.TEXT),
                required("applicants", "申请人", FieldKind.TEXTAREA).people(),
                required("respondents", "被申请人", FieldKind.TEXTAREA)));
        all.addAll(List.of(own));
        return all;
    }

    private static Map<String, String> sample(Map<String, String> own) {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("caseNumber", "示劳人仲案字〔2026〕第12号");
        sample.put("applicants", "李秀英");
        sample.put("respondents", "示范市东湖恒信建筑工程有限公司");
        sample.put("claims", "1. 追索劳动报酬：支付2026年8月至10月工资 18,600.00 元");
        sample.putAll(own);
        return sample;
    }
}
