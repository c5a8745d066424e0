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
        if (!scope.isMediator(user, row)) {
            throw new ForbiddenException("MEDIATION_MEDIATOR", "只有本案调解员可以记录送达");
        }
        // printed on the 送达回证: refused at the door when it would not render (NUL, control characters)
        List<FieldProblem> problems = new ArrayList<>();
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
