package cn.laborcase.mediation;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.documents.ServiceRecordRequest;
import cn.laborcase.documents.ServiceRecordView;
import cn.laborcase.documents.ServiceRecords;
import cn.laborcase.mediation.persistence.MediationCaseMapper;
import cn.laborcase.mediation.persistence.MediationCaseRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送达回证 of the mediation documents (调解协议书, 终止调解通知书, 调解不成告知书): the case's mediator records how, when and
 * on whom a document was served, through the documents kernel, which checks the fields per method and issues the
 * 送达回证 itself.
 */
@Service
public class MediationServiceRecords {

    private static final PrintableText SERVICE_TEXT = PrintableText.singleLine("送达记录", 200);

    private final MediationCaseMapper mapper;
    private final MediationScope scope;
    private final Documents documents;
    private final ServiceRecords serviceRecords;
    private final CaseTimeline timeline;

    MediationServiceRecords(
            MediationCaseMapper mapper,
            MediationScope scope,
            Documents documents,
            ServiceRecords serviceRecords,
            CaseTimeline timeline) {
        this.mapper = mapper;
        this.scope = scope;
        this.documents = documents;
        this.serviceRecords = serviceRecords;
        this.timeline = timeline;
    }

    /**
     * Records the service of one of the case's documents on one of its recipients: 404 outside the user's scope or for a
     * document of another case, 403 for anyone but the case's mediator, 400 naming each field, 409 when already served
     * on him or no longer in force.
     */
    @Transactional
    public ServiceRecordView record(CurrentUser user, long caseId, long documentId, ServiceRecordRequest request) {
        MediationCaseRow row = mapper.findById(caseId).orElseThrow(() -> new NotFoundException("调解案件", caseId));
        scope.requireVisible(user, row);
        DocumentView document = documents.get(documentId);
        if (!MediationCases.ref(caseId).equals(document.caseRef())
                || !MediationDocumentTypes.ALL.contains(document.typeCode())) {
            throw new NotFoundException("文书", documentId);
        }
        boolean committees = MediationDocumentTypes.CONFIRMATION.equals(document.typeCode())
                || MediationDocumentTypes.REVIEW_REFUSAL.equals(document.typeCode());
        if (committees) {
            // the committee's documents of the review (仲裁审查) are served by the committee: its director or the
            // arbitrator he assigned
            if (!MediationReview.isDirector(user, row)
                    && !MediationReview.isReviewer(
                            user, mapper.findReview(caseId).orElse(null))) {
                throw new ForbiddenException("MEDIATION_REVIEWER", "只有本仲裁委员会主任或审查仲裁员可以记录仲裁审查文书的送达");
            }
        } else if (!scope.isMediator(user, row)) {
            throw new ForbiddenException("MEDIATION_MEDIATOR", "只有本案调解员可以记录送达");
        }
        // printed on the 送达回证: refused at the door when it would not render (NUL, control characters)
        List<FieldProblem> problems = new ArrayList<>();
        // the 仲裁调解书 takes effect on the parties' signed receipt (调解仲裁法 §42 第三款 by analogy, 办案规则 on
        // 仲裁审查: 调解书经双方当事人签收后，发生法律效力): left or public-notice service cannot give it effect
        if (MediationDocumentTypes.CONFIRMATION.equals(document.typeCode())
                && request.method() != null
                && request.method() != cn.laborcase.documents.ServiceMethod.DIRECT
                && request.method() != cn.laborcase.documents.ServiceMethod.POST) {
            problems.add(new FieldProblem("method", "SignedReceipt", "仲裁调解书须经当事人签收，请选择直接送达（或附回执的邮寄送达）"));
        }
        MediationValidation.optional(SERVICE_TEXT, "place", request.place(), problems);
        MediationValidation.optional(SERVICE_TEXT, "receiverName", request.receiverName(), problems);
        MediationValidation.optional(SERVICE_TEXT, "signerRelation", request.signerRelation(), problems);
        MediationValidation.optional(SERVICE_TEXT, "witness1", request.witness1(), problems);
        MediationValidation.optional(SERVICE_TEXT, "witness2", request.witness2(), problems);
        MediationValidation.optional(SERVICE_TEXT, "noticeMedium", request.noticeMedium(), problems);
        MediationValidation.optional(SERVICE_TEXT, "server", request.server(), problems);
        MediationValidation.optional(MediationValidation.NOTE, "note", request.note(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ServiceRecordView served = serviceRecords.record(documentId, request, null, user.username());
        timeline.record(
                MediationCases.ref(caseId),
                MediationStep.DOCUMENT_SERVED.name(),
                MediationStep.DOCUMENT_SERVED.label(),
                user.username(),
                document.typeName() + " " + document.number() + " 已"
                        + served.method().label() + "给 " + served.recipientName() + "（送达回证 " + served.receiptNumber()
                        + "）");
        return served;
    }
}
