package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AwardCorrectionRequest;
import cn.laborcase.arbitration.AwardCorrections;
import cn.laborcase.arbitration.ChallengeRequest;
import cn.laborcase.arbitration.Challenges;
import cn.laborcase.arbitration.JurisdictionObjectionRequest;
import cn.laborcase.arbitration.JurisdictionObjections;
import cn.laborcase.arbitration.ProcedureDecisionRequest;
import cn.laborcase.arbitration.ProcedureRecordView;
import cn.laborcase.arbitration.ProcedureRecords;
import cn.laborcase.arbitration.SimpleProcedure;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.workflow.EngineConflicts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/arbitration/cases/{id}/…}: 回避, jurisdiction objections, 简易处理 and award corrections; each answers the
 * case's procedure record. docs/arbitration.md has the fields.
 */
@RestController
@RequestMapping("/api/arbitration/cases/{id:\\d+}")
class ArbitrationProcedureApiController {

    private final EngineConflicts conflicts;

    private final Challenges challenges;
    private final JurisdictionObjections objections;
    private final SimpleProcedure simple;
    private final AwardCorrections corrections;
    private final ProcedureRecords records;
    private final CurrentUsers currentUsers;

    ArbitrationProcedureApiController(
            Challenges challenges,
            JurisdictionObjections objections,
            SimpleProcedure simple,
            AwardCorrections corrections,
            ProcedureRecords records,
            CurrentUsers currentUsers,
            EngineConflicts conflicts) {
        this.conflicts = conflicts;
        this.challenges = challenges;
        this.objections = objections;
        this.simple = simple;
        this.corrections = corrections;
        this.records = records;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/procedure-record")
    ProcedureRecordView get(@PathVariable long id) {
        return records.get(currentUsers.require(), id);
    }

    @PostMapping("/challenges")
    @ResponseStatus(HttpStatus.CREATED)
    ProcedureRecordView challenge(@PathVariable long id, @RequestBody ChallengeRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> challenges.apply(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/challenges/{challengeId:\\d+}/decision")
    ProcedureRecordView decideChallenge(
            @PathVariable long id, @PathVariable long challengeId, @RequestBody ProcedureDecisionRequest request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> challenges.decide(currentUsers.require(), id, challengeId, request));
        return get(id);
    }

    @PostMapping("/jurisdiction-objections")
    @ResponseStatus(HttpStatus.CREATED)
    ProcedureRecordView object(@PathVariable long id, @RequestBody JurisdictionObjectionRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> objections.file(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/jurisdiction-objections/{objectionId:\\d+}/decision")
    ProcedureRecordView decideObjection(
            @PathVariable long id, @PathVariable long objectionId, @RequestBody ProcedureDecisionRequest request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> objections.decide(currentUsers.require(), id, objectionId, request));
        return get(id);
    }

    @PostMapping("/simple-procedure")
    ProcedureRecordView simple(@PathVariable long id, @RequestBody ProcedureDecisionRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> simple.decideSimple(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/ordinary-procedure")
    ProcedureRecordView ordinary(@PathVariable long id, @RequestBody ProcedureDecisionRequest request) {
        conflicts.retryingStep(
                "arbitration " + id, () -> simple.convertToOrdinary(currentUsers.require(), id, request));
        return get(id);
    }

    @PostMapping("/award-corrections")
    ProcedureRecordView correct(@PathVariable long id, @RequestBody AwardCorrectionRequest request) {
        conflicts.retryingStep("arbitration " + id, () -> corrections.correct(currentUsers.require(), id, request));
        return get(id);
    }
}
