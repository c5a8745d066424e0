package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AcceptanceDecision;
import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationCaseFilter;
import cn.laborcase.arbitration.ArbitrationCaseView;
import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.arbitration.ArbitrationSources;
import cn.laborcase.arbitration.ArbitrationStatus;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.HearingCases;
import cn.laborcase.arbitration.RegisterApplicationRequest;
import cn.laborcase.arbitration.RegisteredApplication;
import cn.laborcase.arbitration.ServiceRecordRequest;
import cn.laborcase.arbitration.SupplementCompletion;
import cn.laborcase.arbitration.SupplementRequest;
import cn.laborcase.arbitration.TribunalRequest;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.workflow.EngineConflicts;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/arbitration}: register an application (201), read a case, and the steps up to the tribunal: 补正, the
 * acceptance decision, the respondent's receipt, the tribunal. docs/arbitration.md has examples.
 */
@RestController
@RequestMapping("/api/arbitration")
class ArbitrationApiController {

    private final ArbitrationSources sources;
    private final ApplicationReview review;
    private final CasePreparation preparation;
    private final ArbitrationQueries queries;
    private final CurrentUsers currentUsers;
    private final HearingCases hearingCases;
    private final EngineConflicts conflicts;

    ArbitrationApiController(
            ApplicationReview review,
            CasePreparation preparation,
            ArbitrationQueries queries,
            CurrentUsers currentUsers,
            ArbitrationSources sources,
            HearingCases hearingCases,
            EngineConflicts conflicts) {
        this.sources = sources;
        this.hearingCases = hearingCases;
        this.conflicts = conflicts;
        this.review = review;
        this.preparation = preparation;
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    /**
     * With the same {@code Idempotency-Key}, a repeat of the same request answers the first registration. {@code
     * ?fromMediation=} / {@code ?fromComplaint=} record where the application came from, as the page does (a failed
     * mediation the user may see; a complaint referred to the committee, 409 once registered).
     */
    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredApplication register(
            @RequestBody RegisterApplicationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestParam(name = "fromMediation", required = false) Long fromMediation,
            @RequestParam(name = "fromComplaint", required = false) Long fromComplaint) {
        return sources.register(currentUsers.require(), request, idempotencyKey, fromMediation, fromComplaint);
    }

    /**
     * The director's list, one page: {@code ?status=&arbitrator=&suspended=true&page=0&size=20}; with {@code
     * awaitingHearing=true} instead the committee's cases waiting for their hearing (id, number, tribunal,
     * awardDueDate), the earliest award deadline first, for the hearing clerks' docket (issue 15).
     */
    @GetMapping("/cases")
    List<?> list(
            @RequestParam(name = "awaitingHearing", required = false) Boolean awaitingHearing,
            @RequestParam(name = "status", required = false) ArbitrationStatus status,
            @RequestParam(name = "arbitrator", required = false) String arbitrator,
            @RequestParam(name = "suspended", required = false, defaultValue = "false") boolean suspended,
            @RequestParam(name = "page", required = false, defaultValue = "0") int page,
            @RequestParam(name = "size", required = false, defaultValue = "500") int size) {
        if (Boolean.TRUE.equals(awaitingHearing)) {
            return hearingCases.awaitingHearing(currentUsers.require());
        }
        return queries.page(
                        currentUsers.require(), new ArbitrationCaseFilter(status, arbitrator, suspended, page, size))
                .items();
    }

    @GetMapping("/cases/{id:\\d+}")
    ArbitrationCaseView get(@PathVariable long id) {
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/cases/{id:\\d+}/supplement-requests")
    ArbitrationCaseView requestSupplement(@PathVariable long id, @RequestBody SupplementRequest request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> review.requestSupplement(currentUsers.require(), id, request));
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/cases/{id:\\d+}/supplement-completion")
    ArbitrationCaseView completeSupplement(@PathVariable long id, @RequestBody SupplementCompletion request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> review.completeSupplement(currentUsers.require(), id, request));
        return queries.get(currentUsers.require(), id);
    }

    /** {decision: ACCEPT|REFUSE, reasons}: the committee director's decision (调解仲裁法 §29). */
    @PostMapping("/cases/{id:\\d+}/acceptance")
    ArbitrationCaseView decide(@PathVariable long id, @RequestBody AcceptanceDecision request) {
        conflicts.retryingStep("arbitration " + id, () -> review.decide(currentUsers.require(), id, request));
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/cases/{id:\\d+}/service")
    ArbitrationCaseView recordService(@PathVariable long id, @RequestBody ServiceRecordRequest request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> preparation.recordService(currentUsers.require(), id, request));
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/cases/{id:\\d+}/tribunal")
    ArbitrationCaseView composeTribunal(@PathVariable long id, @RequestBody TribunalRequest request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> preparation.composeTribunal(currentUsers.require(), id, request));
        return queries.get(currentUsers.require(), id);
    }
}
