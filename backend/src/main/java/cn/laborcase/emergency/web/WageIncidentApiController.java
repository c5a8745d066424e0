package cn.laborcase.emergency.web;

import cn.laborcase.emergency.AdvanceDecisionRequest;
import cn.laborcase.emergency.AdvanceRequest;
import cn.laborcase.emergency.ClosureRequest;
import cn.laborcase.emergency.DecisionRequest;
import cn.laborcase.emergency.IncidentApprovals;
import cn.laborcase.emergency.IncidentClosure;
import cn.laborcase.emergency.IncidentGrades;
import cn.laborcase.emergency.IncidentMoney;
import cn.laborcase.emergency.IncidentProgress;
import cn.laborcase.emergency.IncidentQueries;
import cn.laborcase.emergency.PaymentRequest;
import cn.laborcase.emergency.ProgressReportRequest;
import cn.laborcase.emergency.RaiseGradeRequest;
import cn.laborcase.emergency.ReportIncidentRequest;
import cn.laborcase.emergency.ReportedIncident;
import cn.laborcase.emergency.WageIncidentView;
import cn.laborcase.emergency.WageIncidents;
import cn.laborcase.security.CurrentUser;
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
 * {@code /api/wage-incidents}: report an incident (201 with its number, grade and approval due time), read it, and
 * the leader's decision on activation. docs/emergency.md has examples.
 */
@RestController
@RequestMapping("/api/wage-incidents")
class WageIncidentApiController {

    private final WageIncidents incidents;
    private final IncidentQueries queries;
    private final IncidentApprovals approvals;
    private final IncidentGrades grades;
    private final CurrentUsers currentUsers;
    private final IncidentMoney money;
    private final IncidentProgress progress;
    private final IncidentClosure closure;
    private final EngineConflicts conflicts;

    WageIncidentApiController(
            IncidentClosure closure,
            IncidentMoney money,
            IncidentProgress progress,
            WageIncidents incidents,
            IncidentQueries queries,
            IncidentApprovals approvals,
            IncidentGrades grades,
            CurrentUsers currentUsers,
            EngineConflicts conflicts) {
        this.conflicts = conflicts;
        this.closure = closure;
        this.progress = progress;
        this.money = money;
        this.grades = grades;
        this.incidents = incidents;
        this.queries = queries;
        this.approvals = approvals;
        this.currentUsers = currentUsers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReportedIncident report(@RequestBody ReportIncidentRequest request) {
        return incidents.report(currentUsers.require(), request);
    }

    @GetMapping("/{id:\\d+}")
    WageIncidentView get(@PathVariable long id) {
        return queries.get(currentUsers.require(), id);
    }

    /** New facts; the grade is computed again and raised if higher (409 otherwise). */
    @PostMapping("/{id:\\d+}/grade")
    WageIncidentView raiseGrade(@PathVariable long id, @RequestBody RaiseGradeRequest request) {
        grades.raise(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    @PostMapping("/{id:\\d+}/decision")
    WageIncidentView decide(@PathVariable long id, @RequestBody DecisionRequest request) {
        CurrentUser user = currentUsers.require();
        conflicts.retrying("incident " + id + " decision", () -> {
            approvals.decide(user, id, request);
            return null;
        });
        return queries.get(currentUsers.require(), id);
    }

    /** Wages paid to one worker (by the employer, the general contractor, the wage deposit or the fund). */
    @PostMapping("/{id:\\d+}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView recordPayment(@PathVariable long id, @RequestBody PaymentRequest request) {
        money.recordPayment(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** An inspector asks for an advance from the emergency revolving fund, within the cap (400 above it). */
    @PostMapping("/{id:\\d+}/advances")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView requestAdvance(@PathVariable long id, @RequestBody AdvanceRequest request) {
        money.requestAdvance(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** The 局长 approves or refuses an advance (409 when it was decided already). */
    @PostMapping("/{id:\\d+}/advances/{advanceId:\\d+}/decision")
    WageIncidentView decideAdvance(
            @PathVariable long id, @PathVariable long advanceId, @RequestBody AdvanceDecisionRequest request) {
        CurrentUser user = currentUsers.require();
        conflicts.retrying("incident " + id + " decision", () -> {
            money.decideAdvance(user, id, advanceId, request);
            return null;
        });
        return queries.get(currentUsers.require(), id);
    }

    /** The responsible inspector's progress report (due every laborcase.emergency.progress-report-hours). */
    @PostMapping("/{id:\\d+}/progress-reports")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView fileProgress(@PathVariable long id, @RequestBody ProgressReportRequest request) {
        progress.file(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** The responsible inspector's 处置情况报告. */
    @PostMapping("/{id:\\d+}/closure-reports")
    @ResponseStatus(HttpStatus.CREATED)
    WageIncidentView submitClosure(@PathVariable long id, @RequestBody ClosureRequest request) {
        closure.submit(currentUsers.require(), id, request);
        return queries.get(currentUsers.require(), id);
    }

    /** A leader approves the report (the incident is closed) or returns it {decision: APPROVE|RETURN, opinion}. */
    @PostMapping("/{id:\\d+}/closure-reports/{closureId:\\d+}/decision")
    WageIncidentView decideClosure(
            @PathVariable long id, @PathVariable long closureId, @RequestBody AdvanceDecisionRequest request) {
        CurrentUser user = currentUsers.require();
        conflicts.retrying("incident " + id + " decision", () -> {
            closure.decide(user, id, closureId, request);
            return null;
        });
        return queries.get(currentUsers.require(), id);
    }
}
