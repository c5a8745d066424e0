package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.AnswerMapper;
import cn.laborcase.arbitration.persistence.AnswerRow;
import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentStatus;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.Evidence;
import cn.laborcase.documents.RecipientView;
import cn.laborcase.documents.ServiceMethod;
import cn.laborcase.documents.ServiceRecordView;
import cn.laborcase.documents.ServiceRecords;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达回证 of the arbitration documents: how, when (to the hour) and on whom a document of the case was served, recorded
 * through the documents kernel (which checks the fields per method and issues the 送达回证 itself). What a service
 * starts follows here, in the same transaction: the 应诉通知书's receipt by every respondent completes the service step
 * and opens the answer period (调解仲裁法 §30); the 调解书's receipt by both sides makes it effective (§42); the answer
 * copy's receipt by the applicants closes the 5-day period of §30.
 */
@Service
public class ArbitrationServiceRecords {

    private static final PrintableText SERVICE_TEXT = PrintableText.singleLine("送达记录", 200);
    private static final PrintableText NOTE = PrintableText.multiline("备注", 1000);

    /** 民诉法解释 §133 (调解书应当直接送达当事人本人，不适用留置送达); a signed return slip of the post is a signature too. */
    private static final Set<ServiceMethod> MEDIATION_METHODS = Set.of(ServiceMethod.DIRECT, ServiceMethod.POST);

    private final ArbitrationCaseStore store;
    private final Documents documents;
    private final ServiceRecords serviceRecords;
    private final ArbitrationDeadlines deadlines;
    private final Deadlines calendar;
    private final AnswerMapper answers;
    private final CaseEndings endings;
    private final RespondentServiceStep serviceStep;
    private final CaseTimeline timeline;
    private final cn.laborcase.arbitration.persistence.ArbitrationMapper cases;

    ArbitrationServiceRecords(
            ArbitrationCaseStore store,
            Documents documents,
            ServiceRecords serviceRecords,
            ArbitrationDeadlines deadlines,
            Deadlines calendar,
            AnswerMapper answers,
            CaseEndings endings,
            RespondentServiceStep serviceStep,
            CaseTimeline timeline,
            cn.laborcase.arbitration.persistence.ArbitrationMapper cases) {
        this.store = store;
        this.documents = documents;
        this.serviceRecords = serviceRecords;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.answers = answers;
        this.endings = endings;
        this.serviceStep = serviceStep;
        this.timeline = timeline;
        this.cases = cases;
    }

    /**
     * Records the service of one of the case's documents on one of its recipients: 404 outside the user's scope or
     * for a document of another case, 403 for anyone but the committee's 立案窗口, its 书记员, its director and the
     * tribunal, 400 naming each field, 409 when already served on him (two clerks at once: the case's lock queues
     * the second, which then finds the first's record) or no longer in force.
     *
     * @param evidence the return slip, the photo of a 留置送达 or the scan of the signed 回证; may be null
     */
    @Transactional
    public ServiceRecordView record(
            CurrentUser user,
            long caseId,
            long documentId,
            cn.laborcase.documents.ServiceRecordRequest request,
            Evidence evidence) {
        ArbitrationCaseRow row = store.lockVisible(user, caseId);
        DocumentView document = documentOf(caseId, documentId);
        requireServiceStaff(user, row);
        cn.laborcase.documents.ServiceRecordRequest r = request == null
                ? new cn.laborcase.documents.ServiceRecordRequest(
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                : request;
        // printed on the 送达回证: refused at the door when it would not render (NUL, control characters)
        List<FieldProblem> problems = new ArrayList<>();
        optional(SERVICE_TEXT, "place", r.place(), problems);
        optional(SERVICE_TEXT, "receiverName", r.receiverName(), problems);
        optional(SERVICE_TEXT, "signerRelation", r.signerRelation(), problems);
        optional(SERVICE_TEXT, "witness1", r.witness1(), problems);
        optional(SERVICE_TEXT, "witness2", r.witness2(), problems);
        optional(SERVICE_TEXT, "noticeMedium", r.noticeMedium(), problems);
        optional(SERVICE_TEXT, "server", r.server(), problems);
        optional(NOTE, "note", r.note(), problems);
        if (AwardDocumentTypes.MEDIATION.equals(document.typeCode())
                && r.method() != null
                && !MEDIATION_METHODS.contains(r.method())) {
            problems.add(new FieldProblem(
                    "method",
                    "Mediation",
                    "仲裁调解书须经当事人签收后生效，只能直接送达或邮寄送达（凭签收回执），不适用" + r.method().label()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ServiceRecordView served = serviceRecords.record(documentId, r, evidence, user.username());
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.DOCUMENT_SERVED.name(),
                ArbitrationStep.DOCUMENT_SERVED.label(),
                user.username(),
                document.typeName() + " " + document.number() + " 已"
                        + served.method().label() + "给 "
                        + served.recipientName() + "，送达时间 " + BeijingTime.dateOf(served.servedAt()) + "（送达回证 "
                        + served.receiptNumber() + "）");
        switch (document.typeCode()) {
            case ArbitrationDocumentTypes.ANSWER_NOTICE -> respondentsServed(row, user.username());
            case AwardDocumentTypes.MEDIATION -> mediationServed(row, document, user.username());
            case ArbitrationDocumentTypes.ANSWER_COPY -> answerCopyServed(row, document);
            default -> {}
        }
        return served;
    }

    /** The documents of the case with their recipients and service records, oldest first. */
    @Transactional(readOnly = true)
    public List<ArbitrationCaseView.Document> documents(long caseId) {
        return documents.listForCase(ArbitrationCaseStore.ref(caseId)).stream()
                .filter(d -> d.status() != DocumentStatus.DRAFT)
                .map(d -> {
                    Map<Long, ServiceRecordView> records = serviceRecords.forDocument(d.id()).stream()
                            .collect(Collectors.toMap(ServiceRecordView::recipientId, s -> s));
                    List<ArbitrationCaseView.Service> services = d.recipients().stream()
                            .map(rc -> service(rc, records.get(rc.id())))
                            .toList();
                    return new ArbitrationCaseView.Document(
                            d.id(), d.typeCode(), d.typeName(), d.number(), d.issuedAt(), services);
                })
                .toList();
    }

    /** May the user record service, answers and counter-claims on the case? (the committee's staff and tribunal) */
    boolean isServiceStaff(CurrentUser user, ArbitrationCaseRow row) {
        boolean office = user.officeCode() != null && user.officeCode().equals(row.officeCode());
        return (office
                        && (user.has(Role.INTAKE_CLERK)
                                || user.has(Role.HEARING_CLERK)
                                || user.has(Role.COMMITTEE_DIRECTOR)))
                || cases.tribunal(row.id()).stream().anyMatch(m -> m.username().equals(user.username()));
    }

    void requireServiceStaff(CurrentUser user, ArbitrationCaseRow row) {
        if (!isServiceStaff(user, row)) {
            throw new ForbiddenException("ARBITRATION_SERVICE_STAFF", "只有本仲裁委员会的立案窗口、书记员、仲裁委主任或本案仲裁庭成员可以登记送达和答辩");
        }
    }

    // ---- what a service starts ----

    /**
     * Every respondent has received his 应诉通知书: the service step is done with the last day of receipt, and the
     * answer period runs from it (法 §30). A 公告送达 takes effect thirty days after publication (民事诉讼法 §95):
     * until that day the step waits.
     */
    private void respondentsServed(ArbitrationCaseRow row, String actor) {
        Optional<LocalDate> last = lastServed(row.id(), ArbitrationDocumentTypes.ANSWER_NOTICE, null);
        if (last.isEmpty()) {
            return;
        }
        LocalDate today = BeijingTime.dateOf(timeline.now());
        if (last.get().isAfter(today)) {
            timeline.record(
                    ArbitrationCaseStore.ref(row.id()),
                    ArbitrationStep.DOCUMENT_SERVED.name(),
                    ArbitrationStep.DOCUMENT_SERVED.label(),
                    actor,
                    "应诉通知书公告送达，" + last.get() + "视为送达；届时登记送达，答辩期自该日起计算");
            return;
        }
        serviceStep.served(row.processInstanceId(), last.get(), actor);
    }

    /** Both sides signed the 调解书 (each side: all its parties): it takes effect (法 §42). */
    private void mediationServed(ArbitrationCaseRow row, DocumentView document, String actor) {
        Optional<LocalDate> applicants = lastServed(document, ArbitrationDocuments.APPLICANT);
        Optional<LocalDate> respondents = lastServed(document, ArbitrationDocuments.RESPONDENT);
        endings.mediationServed(row, applicants.orElse(null), respondents.orElse(null), actor);
    }

    /** Every applicant received the answer copy: its 5-working-day period (法 §30) is met on the last day. */
    private void answerCopyServed(ArbitrationCaseRow row, DocumentView document) {
        AnswerRow answer = answers.byCopyDocument(document.id()).orElse(null);
        Optional<LocalDate> last = lastServed(document, ArbitrationDocuments.APPLICANT);
        if (answer == null || answer.serviceDeadlineId() == null || last.isEmpty()) {
            return;
        }
        deadlines.all(row.id()).stream()
                .filter(d -> d.id().value() == answer.serviceDeadlineId() && d.closedOn() == null)
                .findFirst()
                .ifPresent((DeadlineView d) -> calendar.close(d.id(), d.version(), last.get()));
    }

    /** The last day (Beijing) on which a document of the type took effect on all its recipients; empty if one is not. */
    private Optional<LocalDate> lastServed(long caseId, String type, String role) {
        List<DocumentView> ofType = documents.listForCase(ArbitrationCaseStore.ref(caseId)).stream()
                .filter(d -> d.status() == DocumentStatus.ISSUED && d.typeCode().equals(type))
                .toList();
        LocalDate last = null;
        for (DocumentView d : ofType) {
            Optional<LocalDate> on = lastServed(d, role);
            if (on.isEmpty()) {
                return Optional.empty();
            }
            last = last == null || on.get().isAfter(last) ? on.get() : last;
        }
        return Optional.ofNullable(last);
    }

    private Optional<LocalDate> lastServed(DocumentView document, String role) {
        Map<Long, ServiceRecordView> records = serviceRecords.forDocument(document.id()).stream()
                .collect(Collectors.toMap(ServiceRecordView::recipientId, s -> s));
        LocalDate last = null;
        boolean any = false;
        for (RecipientView r : document.recipients()) {
            if (role != null && !role.equals(r.role())) {
                continue;
            }
            any = true;
            ServiceRecordView s = records.get(r.id());
            if (s == null) {
                return Optional.empty();
            }
            LocalDate on = BeijingTime.dateOf(s.deemedServedAt());
            last = last == null || on.isAfter(last) ? on : last;
        }
        return any ? Optional.of(last) : Optional.empty();
    }

    private DocumentView documentOf(long caseId, long documentId) {
        DocumentView document;
        try {
            document = documents.get(documentId);
        } catch (NotFoundException e) {
            throw new NotFoundException("文书", documentId);
        }
        if (!ArbitrationCaseStore.ref(caseId).equals(document.caseRef())
                || document.recipients().isEmpty()) {
            throw new NotFoundException("文书", documentId);
        }
        return document;
    }

    private static ArbitrationCaseView.Service service(RecipientView r, ServiceRecordView s) {
        return new ArbitrationCaseView.Service(
                r.id(),
                r.name(),
                r.role(),
                s != null,
                s == null ? null : s.method().name(),
                s == null ? null : s.method().label(),
                s == null ? null : s.servedAt(),
                s == null ? null : BeijingTime.dateOf(s.deemedServedAt()),
                s == null ? null : s.receiptNumber(),
                s == null ? null : s.receiptDocumentId());
    }

    private static void optional(PrintableText rule, String field, String value, List<FieldProblem> out) {
        if (value != null && !value.isBlank()) {
            rule.problemOf(field, value).ifPresent(out::add);
        }
    }
}
