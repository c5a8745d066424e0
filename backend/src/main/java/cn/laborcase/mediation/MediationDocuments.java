package cn.laborcase.mediation;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.cases.ClaimType;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.Recipient;
import cn.laborcase.mediation.persistence.AgreementRow;
import cn.laborcase.mediation.persistence.ClaimRow;
import cn.laborcase.mediation.persistence.MediationCaseMapper;
import cn.laborcase.mediation.persistence.MediationCaseRow;
import cn.laborcase.mediation.persistence.PartyRow;
import cn.laborcase.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the case's documents through the documents kernel, in the process's asynchronous steps (a rendering failure
 * retries, it never undoes the mediator's record): the parties and claims as recorded, numbered on issue.
 */
@Service
public class MediationDocuments {

    private final MediationCaseMapper mapper;
    private final Documents documents;
    private final Deadlines deadlines;
    private final CaseTimeline timeline;

    MediationDocuments(MediationCaseMapper mapper, Documents documents, Deadlines deadlines, CaseTimeline timeline) {
        this.mapper = mapper;
        this.documents = documents;
        this.deadlines = deadlines;
        this.timeline = timeline;
    }

    /** 调解协议书: parties, claims, the items agreed, the terms, signature lines for both parties and the mediator. */
    @Transactional
    public void issueAgreement(long id) {
        MediationCaseRow row = row(id);
        AgreementRow agreement = mapper.findAgreement(id).orElseThrow();
        Map<String, String> data = common(row);
        data.put("agreedItems", items(mapper.findAgreementItems(id)));
        data.put("terms", agreement.terms());
        data.put("signedOn", chinese(agreement.signedOn()));
        issue(row, MediationDocumentTypes.AGREEMENT, data);
    }

    /** 终止调解通知书: why mediation ended; the parties may apply for arbitration. */
    @Transactional
    public void issueTermination(long id) {
        MediationCaseRow row = row(id);
        Map<String, String> data = common(row);
        data.put("reason", row.terminationReason());
        data.put("endedOn", chinese(row.endedOn()));
        issue(row, MediationDocumentTypes.TERMINATION, data);
    }

    /** 调解不成告知书: no agreement within 15 days of the application (法 §14); arbitration may be applied for. */
    @Transactional
    public void issueFailureNotice(long id) {
        MediationCaseRow row = row(id);
        Map<String, String> data = common(row);
        data.put(
                "dueDate",
                chinese(deadlines.get(new DeadlineId(row.deadlineId())).dueDate()));
        issue(row, MediationDocumentTypes.FAILURE, data);
    }

    /**
     * 仲裁调解书 on the committee's confirmation of the agreement (仲裁审查): the agreement's items and terms, in the
     * committee's (the office's) name; issued in the deciding user's transaction.
     */
    @Transactional
    public void issueConfirmation(long id, String actor, String reviewer) {
        MediationCaseRow row = row(id);
        AgreementRow agreement = mapper.findAgreement(id).orElseThrow();
        Map<String, String> data = reviewData(row, agreement, reviewer);
        data.put("agreedItems", items(mapper.findAgreementItems(id)));
        data.put("terms", agreement.terms());
        issue(row, MediationDocumentTypes.CONFIRMATION, data, actor, reviewer);
    }

    /** 不予制作调解书通知书 with the committee's reasons (办案规则 §78). */
    @Transactional
    public void issueReviewRefusal(long id, String actor, String reviewer) {
        MediationCaseRow row = row(id);
        AgreementRow agreement = mapper.findAgreement(id).orElseThrow();
        Map<String, String> data = reviewData(row, agreement, reviewer);
        data.remove("claims");
        data.put("reasons", mapper.findReview(id).orElseThrow().reasons());
        issue(row, MediationDocumentTypes.REVIEW_REFUSAL, data, actor, reviewer);
    }

    private Map<String, String> reviewData(MediationCaseRow row, AgreementRow agreement, String reviewer) {
        Map<String, String> data = common(row);
        var review = mapper.findReview(row.id()).orElseThrow();
        data.put("signedOn", chinese(agreement.signedOn()));
        data.put("appliedOn", chinese(review.appliedOn()));
        data.put("decidedOn", chinese(review.decidedOn()));
        data.put("reviewerName", timeline.nameOf(reviewer));
        return data;
    }

    private void issue(MediationCaseRow row, String type, Map<String, String> data) {
        issue(row, type, data, CaseTimeline.SYSTEM, null);
    }

    private void issue(MediationCaseRow row, String type, Map<String, String> data, String actor, String reviewer) {
        Set<String> participants = new java.util.HashSet<>();
        if (row.mediator() != null) {
            participants.add(row.mediator());
        }
        if (reviewer != null) {
            participants.add(reviewer);
        }
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        type,
                        MediationCases.ref(row.id()),
                        row.officeCode(),
                        null,
                        Set.copyOf(participants),
                        data,
                        recipients(row.id())),
                actor);
        DocumentView issued = documents.issue(draft.id(), actor);
        timeline.record(
                MediationCases.ref(row.id()),
                MediationStep.DOCUMENT_ISSUED.name(),
                MediationStep.DOCUMENT_ISSUED.label(),
                actor,
                issued.typeName() + " " + issued.number());
    }

    /** The parties the document is served on (送达回证 per party): the applicants and the respondent. */
    private List<Recipient> recipients(long id) {
        return mapper.findParties(id).stream()
                .map(p -> new Recipient(p.name(), PartyRole.valueOf(p.role()).label(), p.address(), null))
                .toList();
    }

    private Map<String, String> common(MediationCaseRow row) {
        List<PartyRow> parties = mapper.findParties(row.id());
        Map<String, String> data = new HashMap<>();
        data.put("caseNumber", row.caseNumber());
        data.put(
                "applicants",
                parties.stream()
                        .filter(p -> p.role().equals(PartyRole.APPLICANT.name()))
                        .map(p -> p.name()
                                + (p.idNumber() == null ? "" : "，身份证号码" + p.idNumber())
                                + (p.address() == null ? "" : "，住" + p.address()))
                        .collect(Collectors.joining("\n")));
        data.put(
                "respondent",
                parties.stream()
                        .filter(p -> p.role().equals(PartyRole.RESPONDENT.name()))
                        .map(p -> p.name()
                                + (p.creditCode() == null ? "" : "，统一社会信用代码" + p.creditCode())
                                + (p.address() == null ? "" : "，住所" + p.address()))
                        .collect(Collectors.joining("\n")));
        data.put("claims", items(mapper.findClaims(row.id())));
        data.put("appliedOn", chinese(row.appliedOn()));
        data.put("mediatorName", timeline.nameOf(row.mediator()));
        return data;
    }

    static String items(List<ClaimRow> claims) {
        StringBuilder text = new StringBuilder();
        int n = 1;
        for (ClaimRow c : claims) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(n++)
                    .append(". ")
                    .append(ClaimType.valueOf(c.claimType()).label());
            if (c.amount() != null) {
                text.append(' ').append(yuan(c.amount()));
            }
            if (c.description() != null) {
                text.append("（").append(c.description().replace('\n', ' ')).append("）");
            }
        }
        return text.toString();
    }

    static String yuan(BigDecimal amount) {
        return String.format("%,.2f 元", amount);
    }

    static String chinese(LocalDate day) {
        return day == null ? "" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private MediationCaseRow row(long id) {
        return mapper.findById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
    }
}
