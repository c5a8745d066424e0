package cn.laborcase.inspection;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.ServiceQueue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents the case's steps issue (限期整改指令书, 行政处理决定书, 行政处罚事先告知书, 行政处罚决定书, 案件移送书,
 * 涉嫌犯罪案件移送书): the content from {@link InspectionDocumentContents} over {@link InspectionCases#snapshot}, issued
 * and served through the documents module, with a timeline entry naming the document's number. Called by the
 * process's asynchronous steps (after the step's transaction, retried on failure).
 */
@Service
public class InspectionDocuments {

    static final String STATUTE = "《劳动保障监察条例》";

    private final InspectionCases cases;
    private final InspectionDocumentContents contents;
    private final Documents documents;
    private final CaseTimeline timeline;

    InspectionDocuments(
            InspectionCases cases, InspectionDocumentContents contents, Documents documents, CaseTimeline timeline) {
        this.cases = cases;
        this.contents = contents;
        this.documents = documents;
        this.timeline = timeline;
    }

    /** 限期整改指令书. */
    @Transactional
    public DocumentView rectificationOrder(long caseId, String rectifyBy, String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("violations", c.facts());
        f.put("legalBasis", STATUTE + "第十八条第一款第（二）项、第二十六条");
        f.put("rectifications", "按时足额支付拖欠的劳动者工资\n建立并保存工资支付台账");
        f.put("rectifyBy", rectifyBy);
        return issue(caseId, InspectionDocumentTypes.RECTIFICATION_ORDER, c, f, actor);
    }

    /** 行政处理决定书: pay the wages by a day; with a rate, the 加付赔偿金 of 条例 §26. */
    @Transactional
    public DocumentView handlingDecision(long caseId, String payBy, Integer compensationRate, String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        BigDecimal owed = cases.get(caseId).amountOwed() == null
                ? BigDecimal.ZERO
                : cases.get(caseId).amountOwed();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("violations", c.facts());
        f.put("legalBasis", STATUTE + "第十八条第一款第（三）项、第二十六条");
        f.put("amountOwed", owed.toPlainString());
        f.put("payBy", payBy);
        if (compensationRate == null) {
            f.put("decision", "支付拖欠的劳动者工资" + owed.toPlainString() + "元");
        } else {
            BigDecimal compensation = owed.multiply(BigDecimal.valueOf(compensationRate))
                    .movePointLeft(2)
                    .setScale(2, java.math.RoundingMode.HALF_UP);
            f.put("decision", "逾期未支付拖欠的劳动者工资，按应付金额" + compensationRate + "%加付赔偿金" + compensation.toPlainString() + "元");
            f.put("compensationRate", String.valueOf(compensationRate));
            f.put("compensationAmount", compensation.toPlainString());
        }
        return issue(caseId, InspectionDocumentTypes.HANDLING_DECISION, c, f, actor);
    }

    /** 行政处罚事先告知书, with the last day for a statement or a hearing request. */
    @Transactional
    public DocumentView priorNotice(long caseId, String statementBy, String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("violations", c.facts());
        f.put("legalBasis", STATUTE + "第三十条");
        f.put("proposedPenalty", "依据" + STATUTE + "第三十条的规定，拟给予罚款的行政处罚");
        f.put("statementBy", statementBy);
        // the case's penalties are fines under 条例 §30 and may be 较大数额 (行政处罚法 §63): the hearing right is stated
        f.put("hearingRight", InspectionDocumentTypes.YES);
        return issue(caseId, InspectionDocumentTypes.PENALTY_PRIOR_NOTICE, c, f, actor);
    }

    /** 行政处罚决定书, naming the prior notice it follows. */
    @Transactional
    public DocumentView penaltyDecision(long caseId, BigDecimal fine, String statementSummary, String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        String priorNotice = documents.listForCase(cases.get(caseId).ref()).stream()
                .filter(d -> InspectionDocumentTypes.PENALTY_PRIOR_NOTICE.equals(d.typeCode()))
                .map(DocumentView::number)
                .filter(n -> n != null)
                .reduce((a, b) -> b)
                .orElse("—");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("violations", c.facts());
        f.put("legalBasis", STATUTE + "第三十条");
        f.put("penalty", fine.signum() > 0 ? "罚款" + fine.toPlainString() + "元" : "警告");
        if (fine.signum() > 0) {
            f.put("fineAmount", fine.toPlainString());
        }
        f.put("priorNoticeNumber", priorNotice);
        f.put("statementSummary", statementSummary == null ? "当事人在规定期限内未提出陈述、申辩，未要求听证" : statementSummary);
        return issue(caseId, InspectionDocumentTypes.PENALTY_DECISION, c, f, actor);
    }

    /** 案件移送书 to another department. */
    @Transactional
    public DocumentView caseTransfer(long caseId, String department, String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("receivingBody", department == null ? "有关部门" : department);
        f.put("reason", c.facts());
        return issue(caseId, InspectionDocumentTypes.CASE_TRANSFER, c, f, actor);
    }

    /** 涉嫌犯罪案件移送书 to the police (拒不支付劳动报酬罪, 刑法 §276之一). */
    @Transactional
    public DocumentView criminalTransfer(long caseId, String approvedOn, String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        InspectionCase k = cases.get(caseId);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("receivingBody", "同级公安机关");
        f.put("suspectedOffence", "拒不支付劳动报酬罪");
        f.put("reason", c.facts());
        f.put("amountOwed", k.amountOwed() == null ? "0" : k.amountOwed().toPlainString());
        f.put("workersAffected", String.valueOf(k.workersAffected() == null ? 0 : k.workersAffected()));
        f.put("headApprovedOn", approvedOn);
        return issue(caseId, InspectionDocumentTypes.CRIMINAL_TRANSFER, c, f, actor);
    }

    private DocumentView issue(
            long caseId, String type, InspectionCaseSnapshot c, Map<String, String> fields, String actor) {
        ServiceQueue queue = documents.issueAndServe(contents.request(type, c, fields), actor);
        DocumentView d = queue.document();
        timeline.record(
                cases.get(caseId).ref(),
                "DOCUMENT_ISSUED",
                "出具文书",
                actor,
                "签发" + d.typeName() + " " + d.number() + (queue.toPrint().isEmpty() ? "" : "，待打印送达")
                        + (queue.byEmail().isEmpty() ? "" : "，已电子送达"));
        return d;
    }
}
