package cn.laborcase.arbitration;

import static cn.laborcase.documents.DocumentField.required;

import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import cn.laborcase.documents.FieldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The written decisions on the case's procedure (templates/arbitration/procedure-decision.xhtml, titled by type): 回避
 * (调解仲裁法 §33; 办案规则 §§10–12), jurisdiction objections (办案规则 §10), 简易处理 and its conversion back (§§56–61),
 * the correction of an award (§53). Each prints the decision and its legal basis.
 */
@Component
class ProcedureDocumentTypes implements DocumentTypeProvider {

    static final String CHALLENGE_DECISION = "ARBITRATION_CHALLENGE_DECISION"; // 回避决定书
    static final String JURISDICTION_DECISION = "ARBITRATION_JURISDICTION_DECISION"; // 管辖异议决定书
    static final String SIMPLE_DECISION = "ARBITRATION_SIMPLE_PROCEDURE_DECISION"; // 简易处理决定书
    static final String ORDINARY_DECISION = "ARBITRATION_ORDINARY_PROCEDURE_DECISION"; // 转为一般程序决定书
    static final String CORRECTION_DECISION = "ARBITRATION_AWARD_CORRECTION"; // 补正决定书（裁决书补正）

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(
                type(
                        CHALLENGE_DECISION,
                        "回避决定书",
                        "回",
                        "经审查，申请人提出的回避申请理由成立，决定仲裁员徐静回避，由仲裁员陈立接替。",
                        "《中华人民共和国劳动争议调解仲裁法》第三十三条"),
                type(JURISDICTION_DECISION, "管辖异议决定书", "管", "被申请人提出的管辖异议不成立，驳回其管辖异议。", "《劳动人事争议仲裁办案规则》第十条"),
                type(SIMPLE_DECISION, "简易处理决定书", "简", "本案事实清楚、权利义务关系明确、争议不大，决定简易处理，由一名仲裁员独任仲裁。", "《劳动人事争议仲裁办案规则》第五十六条"),
                type(ORDINARY_DECISION, "转为一般程序决定书", "普", "本案不宜简易处理，决定转为按照一般程序处理，由三名仲裁员组成仲裁庭。", "《劳动人事争议仲裁办案规则》第六十一条"),
                type(
                        CORRECTION_DECISION,
                        "补正决定书",
                        "正",
                        "仲裁裁决书第二项中“36,000.00元”应为“38,600.00元”，予以补正。",
                        "《劳动人事争议仲裁办案规则》关于裁决书补正的规定"));
    }

    private static DocumentType type(String code, String name, String mark, String decision, String basis) {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("caseNumber", "示劳人仲案字〔2026〕第12号");
        sample.put("applicants", "李秀英");
        sample.put("respondents", "示范市东湖恒信建筑工程有限公司");
        sample.put("decision", decision);
        sample.put("basis", basis);
        return new DocumentType(
                code,
                name,
                "arbitration/procedure-decision",
                "{office}劳人仲" + mark + "字〔{year}〕第{seq}号",
                List.of(
                        required("caseNumber", "案号", FieldKind.TEXT),
                        required("applicants", "申请人", FieldKind.TEXTAREA).people(),
                        required("respondents", "被申请人", FieldKind.TEXTAREA),
                        required("decision", "决定事项", FieldKind.TEXTAREA),
                        required("basis", "法律依据", FieldKind.TEXT)),
                sample);
    }
}
