package cn.laborcase.patrol.web;

import cn.laborcase.patrol.PatrolPlanView;
import cn.laborcase.patrol.PatrolPlans;
import cn.laborcase.patrol.PatrolRecordRequest;
import cn.laborcase.patrol.PatrolRecordView;
import cn.laborcase.patrol.PatrolRecords;
import cn.laborcase.security.CurrentUsers;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The patrol plans and patrols for integrations and tests (docs/inspection.md, "Patrols and written review"). */
@RestController
class PatrolApiController {

    private final PatrolPlans plans;
    private final PatrolRecords records;
    private final CurrentUsers currentUsers;

    PatrolApiController(PatrolPlans plans, PatrolRecords records, CurrentUsers currentUsers) {
        this.plans = plans;
        this.records = records;
        this.currentUsers = currentUsers;
    }

    /** The recorded draw of the grid's month (default: this month) and its results so far; another office's grid: 404. */
    @GetMapping("/api/grids/{code}/patrol-plan")
    PatrolPlanView plan(@PathVariable String code, @RequestParam(required = false) String month) {
        return plans.plan(currentUsers.require(), code, month);
    }

    /** Re-runs the recorded draw from its seed and inputs, and says whether it matches. */
    @GetMapping("/api/grids/{code}/patrol-plan/audit")
    PatrolPlans.DrawAudit audit(@PathVariable String code, @RequestParam(required = false) String month) {
        return plans.rerun(currentUsers.require(), code, month);
    }

    /** A leader or an administrator draws a grid's plan by hand: 201; the month drawn already: 409. */
    @PostMapping("/api/patrol-plans")
    ResponseEntity<PatrolPlanView> start(@RequestBody StartPlanRequest request) {
        PatrolPlanView plan =
                plans.start(currentUsers.require(), request.gridCode(), PatrolPlans.month(request.month()));
        return ResponseEntity.created(
                        URI.create("/api/grids/" + plan.gridCode() + "/patrol-plan?month=" + plan.month()))
                .body(plan);
    }

    @GetMapping("/api/patrols/{id}")
    PatrolRecordView patrol(@PathVariable long id) {
        return records.get(currentUsers.require(), id);
    }

    /** Records the patrol (the drawn pair or the office's leader); 立案查处 asks the inspection track for a case. */
    @PostMapping("/api/patrols/{id}/record")
    PatrolRecordView record(@PathVariable long id, @RequestBody PatrolRecordRequest request) {
        return records.record(currentUsers.require(), id, request);
    }

    /** {@code POST /api/patrol-plans}. */
    record StartPlanRequest(String gridCode, String month) {}
}
