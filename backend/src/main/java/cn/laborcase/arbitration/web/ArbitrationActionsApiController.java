package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AwardPeriod;
import cn.laborcase.arbitration.AwardPeriodRequest;
import cn.laborcase.arbitration.AwardRecordView;
import cn.laborcase.arbitration.AwardRecords;
import cn.laborcase.arbitration.AwardRequest;
import cn.laborcase.arbitration.Awards;
import cn.laborcase.arbitration.CaseChanges;
import cn.laborcase.arbitration.CaseEndings;
import cn.laborcase.arbitration.ClaimChangeRequest;
import cn.laborcase.arbitration.CounterClaimRequest;
import cn.laborcase.arbitration.JoinderRequest;
import cn.laborcase.arbitration.MediationRequest;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.workflow.EngineConflicts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/arbitration/cases/{id}/…}: the award period's changes, the award, mediation before the award and
 * withdrawal; each answers the case's award side. docs/arbitration.md has the fields.
 */
@RestController
@RequestMapping("/api/arbitration/cases/{id:\\d+}")
class ArbitrationActionsApiController {

    private final AwardPeriod period;
    private final CaseChanges changes;
    private final Awards awards;
    private final CaseEndings endings;
    private final AwardRecords records;
    private final CurrentUsers currentUsers;
    private final EngineConflicts conflicts;

    ArbitrationActionsApiController(
            AwardPeriod period,
            CaseChanges changes,
            Awards awards,
            CaseEndings endings,
            AwardRecords records,
            CurrentUsers currentUsers,
            EngineConflicts conflicts) {
        this.conflicts = conflicts;
        this.period = period;
        this.changes = changes;
        this.awards = awards;
        this.endings = endings;
        this.records = records;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/award-record")
    AwardRecordView get(@PathVariable long id) {
        return records.get(currentUsers.require(), id);
    }

    @PostMapping("/suspension")
    AwardRecordView suspend(@PathVariable long id, @RequestBody AwardPeriodRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> period.suspend(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/resumption")
    AwardRecordView resume(@PathVariable long id, @RequestBody AwardPeriodRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> period.resume(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/extension")
    AwardRecordView extend(@PathVariable long id, @RequestBody AwardPeriodRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> period.extend(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/joinder")
    AwardRecordView join(@PathVariable long id, @RequestBody JoinderRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> changes.joinParty(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/claim-change")
    AwardRecordView changeClaims(@PathVariable long id, @RequestBody ClaimChangeRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> changes.changeClaims(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/counter-claim")
    AwardRecordView counterClaim(@PathVariable long id, @RequestBody CounterClaimRequest request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> changes.mergeCounterClaim(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/transfer")
    AwardRecordView transfer(@PathVariable long id, @RequestBody AwardPeriodRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> changes.transfer(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/award")
    AwardRecordView award(@PathVariable long id, @RequestBody AwardRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> awards.award(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/mediation")
    AwardRecordView mediate(@PathVariable long id, @RequestBody MediationRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> endings.issueMediation(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/mediation/receipts")
    AwardRecordView mediationReceipt(@PathVariable long id, @RequestBody MediationRequest request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> endings.recordMediationReceipt(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/withdrawal")
    AwardRecordView withdraw(@PathVariable long id, @RequestBody AwardPeriodRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> endings.withdraw(currentUsers.require(), id, request));
        return get(id);
    }
}
