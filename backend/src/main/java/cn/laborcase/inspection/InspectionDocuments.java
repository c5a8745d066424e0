package cn.laborcase.inspection;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.PdfFile;
import cn.laborcase.documents.ServiceQueue;
import cn.laborcase.shared.BeijingTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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
    private final Clock clock;

    InspectionDocuments(
            InspectionCases cases,
            InspectionDocumentContents contents,
            Documents documents,
            CaseTimeline timeline,
            Clock clock) {
        this.cases = cases;
        this.contents = contents;
        this.documents = documents;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** What the leader who approves a step wrote and who he is; empty on a draft read before the approval. */
    public record Approval(String opinion, String approvedBy, LocalDate approvedOn) {
        static final Approval PENDING = new Approval(null, null, null);
    }

    /**
     * An approval form (立案审批表, 撤销立案审批表, 结案审批表, 延期审批表) issued after the leader's decision, with his opinion,
     * name and the day. {@code extra} holds what only the step knows (the extension's reason and dates).
     */
    @Transactional
    public DocumentView approvalForm(
            long caseId, String type, String opinion, String approver, Map<String, String> extra, String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        Approval a =
                new Approval(opinion, approver == null ? null : timeline.nameOf(approver), BeijingTime.today(clock));
        return issue(caseId, type, c, approvalFields(caseId, type, c, a, extra), actor);
    }

    /**
     * The draft of the approval form a leader is about to decide on: rendered now, unnumbered and marked 草稿, stored
     * nowhere. The caller has checked the user's right to the case.
     */
    @Transactional(readOnly = true)
    public PdfFile draft(long caseId, String type, Map<String, String> extra) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        Map<String, String> fields =
                switch (type) {
                    case InspectionDocumentTypes.PENALTY_DECISION -> penaltyFields(caseId, c, null, null);
                    case InspectionDocumentTypes.CRIMINAL_TRANSFER ->
                        criminalFields(caseId, c, BeijingTime.today(clock).toString());
                    default -> approvalFields(caseId, type, c, Approval.PENDING, extra);
                };
        return documents.previewOf(contents.request(type, c, fields));
    }

    private Map<String, String> approvalFields(
            long caseId, String type, InspectionCaseSnapshot c, Approval a, Map<String, String> extra) {
        InspectionCase k = cases.get(caseId);
        String lead = c.inspectors().isEmpty() ? "承办监察员" : c.inspectors().get(0);
        Map<String, String> f = new LinkedHashMap<>();
        switch (type) {
            case InspectionDocumentTypes.FILING_APPROVAL -> {
                f.put("proposedBy", k.proposedBy() == null ? lead : timeline.nameOf(k.proposedBy()));
                f.put("proposedOn", BeijingTime.dateOf(k.openedAt()).toString());
                f.put("proposalOpinion", "经初步核查，用人单位涉嫌违反劳动保障法律、法规或者规章，建议立案调查");
            }
            case InspectionDocumentTypes.WITHDRAWAL_APPROVAL -> {
                f.put("reason", "经调查，" + blankTo(c.facts(), "违法事实不能成立") + "，建议撤销立案");
                f.put("proposedBy", lead);
            }
            case InspectionDocumentTypes.CLOSING_APPROVAL -> {
                f.put(
                        "outcomeSummary",
                        "处理方式：" + (k.outcome() == null ? "—" : k.outcome().label()) + "。" + blankTo(c.facts(), ""));
                f.put("closingOpinion", "案件已依法处理完毕，建议结案");
                f.put("proposedBy", lead);
            }
            case InspectionDocumentTypes.EXTENSION_APPROVAL -> f.put("proposedBy", lead);
            default -> throw new IllegalArgumentException("not an approval form: " + type);
        }
        if (extra != null) {
            f.putAll(extra);
        }
        if (a.opinion() != null) {
            f.put("approvalOpinion", a.opinion());
        }
        // the 延期审批表 names its approver (条例 §17: the head); before the decision the box waits for him
        f.put("approvedBy", a.approvedBy() == null ? "（待批准）" : a.approvedBy());
        if (a.approvedOn() != null) {
            f.put("approvedOn", a.approvedOn().toString());
        }
        if (a.approvedBy() == null && !InspectionDocumentTypes.EXTENSION_APPROVAL.equals(type)) {
            f.remove("approvedBy");
        }
        return f;
    }

    /**
     * 询问通知书 to the employer: when and where to come, what to bring (the reply-by date is the day of the inquiry),
     * issued when an inspector sends it from the 调查取证 task.
     */
    @Transactional
    public DocumentView inquiryNotice(
            long caseId, String inquiryAt, String place, String materials, String contact, String phone, String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("inquiryAt", inquiryAt);
        f.put("inquiryPlace", place);
        f.put("materials", materials);
        f.put("contactPerson", contact);
        f.put("contactPhone", phone);
        return issue(caseId, InspectionDocumentTypes.INQUIRY_NOTICE, c, f, actor);
    }

    /** 询问笔录 from what the investigation recorded: who was asked, when, where, what was said. */
    @Transactional
    public DocumentView inquiryRecord(
            long caseId,
            String inquiredAt,
            String place,
            String interviewee,
            String role,
            String record,
            String recorder,
            String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("inquiredAt", inquiredAt);
        f.put("place", place);
        f.put("interviewee", interviewee);
        f.put("intervieweeRole", role);
        f.put("recorder", recorder == null ? null : timeline.nameOf(recorder));
        f.put("record", record);
        return issue(caseId, InspectionDocumentTypes.INQUIRY_RECORD, c, f, actor);
    }

    /** 现场检查笔录 from what the investigation recorded: when, where, who was present, what was found. */
    @Transactional
    public DocumentView siteRecord(
            long caseId,
            String inspectedAt,
            String place,
            String present,
            String findings,
            String recorder,
            String actor) {
        InspectionCaseSnapshot c = cases.snapshot(caseId);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("inspectedAt", inspectedAt);
        f.put("place", place);
        f.put("present", present);
        f.put("recorder", recorder == null ? null : timeline.nameOf(recorder));
        f.put("findings", findings);
        return issue(caseId, InspectionDocumentTypes.SITE_RECORD, c, f, actor);
    }

    private static String blankTo(String s, String other) {
        return s == null || s.isBlank() ? other : s.strip();
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
        return issue(
                caseId,
                InspectionDocumentTypes.PENALTY_DECISION,
                c,
                penaltyFields(caseId, c, fine, statementSummary),
                actor);
    }

    /** The 行政处罚决定书's fields; without a fine (the draft before the decision) the penalty awaits the decision. */
    private Map<String, String> penaltyFields(
            long caseId, InspectionCaseSnapshot c, BigDecimal fine, String statementSummary) {
        String priorNotice = documents.listForCase(cases.get(caseId).ref()).stream()
                .filter(d -> InspectionDocumentTypes.PENALTY_PRIOR_NOTICE.equals(d.typeCode()))
                .map(DocumentView::number)
                .filter(n -> n != null)
                .reduce((a, b) -> b)
                .orElse("—");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("violations", c.facts());
        f.put("legalBasis", STATUTE + "第三十条");
        if (fine == null) {
            f.put("penalty", "罚款（数额由负责人在行政处罚决定审批时确定）");
        } else {
            f.put("penalty", fine.signum() > 0 ? "罚款" + fine.toPlainString() + "元" : "警告");
        }
        if (fine != null && fine.signum() > 0) {
            f.put("fineAmount", fine.toPlainString());
        }
        f.put("priorNoticeNumber", priorNotice);
        f.put("statementSummary", statementSummary == null ? "当事人在规定期限内未提出陈述、申辩，未要求听证" : statementSummary);
        return f;
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
        return issue(
                caseId, InspectionDocumentTypes.CRIMINAL_TRANSFER, c, criminalFields(caseId, c, approvedOn), actor);
    }

    private Map<String, String> criminalFields(long caseId, InspectionCaseSnapshot c, String approvedOn) {
        InspectionCase k = cases.get(caseId);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("receivingBody", "同级公安机关");
        f.put("suspectedOffence", "拒不支付劳动报酬罪");
        f.put("reason", c.facts());
        f.put("amountOwed", k.amountOwed() == null ? "0" : k.amountOwed().toPlainString());
        f.put("workersAffected", String.valueOf(k.workersAffected() == null ? 0 : k.workersAffected()));
        f.put("headApprovedOn", approvedOn);
        return f;
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
