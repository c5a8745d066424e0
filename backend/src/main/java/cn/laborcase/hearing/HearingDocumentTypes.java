package cn.laborcase.hearing;

import static cn.laborcase.documents.DocumentField.optional;
import static cn.laborcase.documents.DocumentField.required;

import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import cn.laborcase.documents.FieldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 开庭通知书 (templates/hearing/notice.xhtml), issued by the booking to every party (调解仲裁法 §35); the decision on a
 * 延期开庭申请 (法 §35 "是否延期"): 延期开庭通知书 when granted, 不予延期开庭通知书 when refused, served on every party.
 */
@Component
class HearingDocumentTypes implements DocumentTypeProvider {

    static final String NOTICE = "HEARING_NOTICE"; // 开庭通知书
    static final String POSTPONED = "HEARING_POSTPONED"; // 延期开庭通知书
    static final String NOT_POSTPONED = "HEARING_NOT_POSTPONED"; // 不予延期开庭通知书

    @Override
    public List<DocumentType> documentTypes() {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("caseNumber", "示劳人仲案字〔2026〕第12号");
        sample.put("applicants", "李秀英");
        sample.put("respondents", "示范市东湖恒信建筑工程有限公司");
        sample.put("hearingTime", "2026年10月12日（星期一）09:00至11:00");
        sample.put("room", "示范市劳动人事争议仲裁委员会 第一仲裁庭");
        sample.put("tribunal", "首席仲裁员：周正\n仲裁员：徐静\n仲裁员：陈立");
        sample.put("clerk", "刘洋");
        sample.put("postponementBy", "2026-10-08");
        return List.of(
                notice(sample),
                decision(POSTPONED, "延期开庭通知书", "hearing/postponement-granted", false),
                decision(NOT_POSTPONED, "不予延期开庭通知书", "hearing/postponement-refused", true));
    }

    private static DocumentType notice(Map<String, String> sample) {
        return new DocumentType(
                NOTICE,
                "开庭通知书",
                "hearing/notice",
                "{office}劳人仲开字〔{year}〕第{seq}号",
                List.of(
                        required("caseNumber", "案号", FieldKind.TEXT),
                        required("applicants", "申请人", FieldKind.TEXTAREA).people(),
                        required("respondents", "被申请人", FieldKind.TEXTAREA),
                        required("hearingTime", "开庭时间", FieldKind.TEXT),
                        required("room", "开庭地点", FieldKind.TEXT),
                        required("tribunal", "仲裁庭组成人员", FieldKind.TEXTAREA),
                        required("clerk", "书记员", FieldKind.TEXT),
                        optional("postponementBy", "申请延期开庭最迟日期", FieldKind.DATE)),
                sample);
    }

    /** The tribunal's decision on a 延期开庭申请; a refusal must give its reasons. */
    private static DocumentType decision(String code, String title, String template, boolean refusal) {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("caseNumber", "示劳人仲案字〔2026〕第12号");
        sample.put("applicants", "李秀英");
        sample.put("respondents", "示范市东湖恒信建筑工程有限公司");
        sample.put("hearingTime", "2026年10月12日（星期一）09:00至11:00");
        sample.put("room", "示范市劳动人事争议仲裁委员会 第一仲裁庭");
        sample.put("requester", refusal ? "示范市东湖恒信建筑工程有限公司" : "李秀英");
        sample.put("requestedOn", "2026-09-29");
        sample.put("reasons", refusal ? "法定代表人出差" : "住院治疗，附医院证明");
        sample.put("decisionNote", refusal ? "所述理由不构成延期开庭的正当理由，且可委托代理人出庭" : "申请人住院属实");
        return new DocumentType(
                code,
                title,
                template,
                // numbered per type: the two decisions cannot share one 文号 series
                refusal ? "{office}劳人仲不延字〔{year}〕第{seq}号" : "{office}劳人仲延字〔{year}〕第{seq}号",
                List.of(
                        required("caseNumber", "案号", FieldKind.TEXT),
                        required("applicants", "申请人", FieldKind.TEXTAREA).people(),
                        required("respondents", "被申请人", FieldKind.TEXTAREA),
                        required("hearingTime", "原定开庭时间", FieldKind.TEXT),
                        required("room", "开庭地点", FieldKind.TEXT),
                        required("requester", "申请延期的当事人", FieldKind.TEXT),
                        required("requestedOn", "申请日期", FieldKind.DATE),
                        required("reasons", "申请理由", FieldKind.TEXTAREA),
                        refusal
                                ? required("decisionNote", "不予延期的理由", FieldKind.TEXTAREA)
                                : optional("decisionNote", "决定理由", FieldKind.TEXTAREA)),
                sample);
    }
}
