package cn.laborcase.mediation.web;

import cn.laborcase.mediation.AgreementRequest;
import cn.laborcase.mediation.ConfirmationRequest;
import cn.laborcase.mediation.MediationCaseView;
import cn.laborcase.mediation.MediationCases;
import cn.laborcase.mediation.MediationQueries;
import cn.laborcase.mediation.MediationSummary;
import cn.laborcase.mediation.MediationWork;
import cn.laborcase.mediation.RegisterMediationRequest;
import cn.laborcase.mediation.RegisterReferredRequest;
import cn.laborcase.mediation.RegisteredMediation;
import cn.laborcase.mediation.SessionRequest;
import cn.laborcase.mediation.TerminationRequest;
import cn.laborcase.security.CurrentUsers;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/mediation/cases}: register an application (201; {@code Idempotency-Key} makes a second submit harmless),
 * register a referred one, read and list, and the mediator's steps. docs/mediation.md has examples.
 */
@RestController
@RequestMapping("/api/mediation/cases")
class MediationApiController {

    private final MediationCases cases;
    private final MediationWork work;
    private final MediationQueries queries;
    private final CurrentUsers currentUsers;
    private final cn.laborcase.mediation.MediationServiceRecords serviceRecords;
    private final cn.laborcase.mediation.MediationReview review;

    MediationApiController(
            MediationCases cases,
            MediationWork work,
            MediationQueries queries,
            CurrentUsers currentUsers,
            cn.laborcase.mediation.MediationServiceRecords serviceRecords,
            cn.laborcase.mediation.MediationReview review) {
        this.review = review;
        this.serviceRecords = serviceRecords;
        this.cases = cases;
        this.work = work;
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredMediation register(
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody RegisterMediationRequest request) {
        try {
            return cases.register(currentUsers.require(), key, request);
        } catch (DuplicateKeyException e) {
            // the same key submitted twice at once: the other submit committed first; its answer is ours
            if (key == null) {
                throw e;
            }
            return cases.register(currentUsers.require(), key, request);
        }
    }

    @GetMapping
    List<MediationSummary> list() {
        return queries.list(currentUsers.require(), MediationPageController.LIST_SIZE);
    }

    @GetMapping("/{id:\\d+}")
    MediationCaseView get(@PathVariable long id) {
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/{id:\\d+}/registration")
    RegisteredMediation registerReferred(@PathVariable long id, @RequestBody RegisterReferredRequest request) {
        return cases.registerReferred(currentUsers.require(), id, request);
    }

    @PostMapping("/{id:\\d+}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    MediationCaseView session(@PathVariable long id, @RequestBody SessionRequest request) {
        work.recordSession(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/{id:\\d+}/agreement")
    MediationCaseView agreement(@PathVariable long id, @RequestBody AgreementRequest request) {
        work.recordAgreement(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/{id:\\d+}/termination")
    MediationCaseView terminate(@PathVariable long id, @RequestBody TerminationRequest request) {
        work.terminate(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** 送达回证 of one of the case's documents on one party (the case's mediator). */
    @PostMapping("/{id:\\d+}/documents/{documentId:\\d+}/service")
    @ResponseStatus(HttpStatus.CREATED)
    cn.laborcase.documents.ServiceRecordView service(
            @PathVariable long id,
            @PathVariable long documentId,
            @RequestBody cn.laborcase.documents.ServiceRecordRequest request) {
        return serviceRecords.record(currentUsers.require(), id, documentId, request);
    }

    /** Corrects the applicants and/or claims while mediating (the case's mediator), against the version read. */
    @PostMapping("/{id:\\d+}/correction")
    MediationCaseView correction(@PathVariable long id, @RequestBody cn.laborcase.mediation.CorrectionRequest request) {
        cases.correct(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/{id:\\d+}/confirmation")
    MediationCaseView confirmation(@PathVariable long id, @RequestBody ConfirmationRequest request) {
        work.requestConfirmation(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** The committee's director assigns the arbitrator who reviews the agreement (仲裁审查). */
    @PostMapping("/{id:\\d+}/review/assignment")
    MediationCaseView assignReviewer(
            @PathVariable long id, @RequestBody cn.laborcase.mediation.ReviewAssignmentRequest request) {
        review.assign(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** The committee's decision: 仲裁调解书 or 不予制作调解书. */
    @PostMapping("/{id:\\d+}/review")
    MediationCaseView decideReview(
            @PathVariable long id, @RequestBody cn.laborcase.mediation.ReviewDecisionRequest request) {
        review.decide(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }
}
