package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintRouting;
import cn.laborcase.intake.Route;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Evaluates processes/complaint-routing.dmn on the engine (each evaluation is kept in the engine's history). */
@Component
class DmnComplaintRouting implements ComplaintRouting {

    static final String DECISION = "complaint-routing";

    private final DecisionService decisions;

    DmnComplaintRouting(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public RouteDecision route(Facts facts) {
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(DECISION)
                .variables(inputs(facts))
                .evaluate()
                .getSingleResult();
        return new RouteDecision(Route.valueOf(result.getEntry("route")), result.getEntry("reason"));
    }

    static Map<String, Object> inputs(Facts facts) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("category", facts.category().name());
        inputs.put("kind", facts.kind().name());
        inputs.put("workersAffected", facts.workersAffected());
        inputs.put("employerAbsconded", facts.employerAbsconded());
        inputs.put("emergencyWorkersThreshold", facts.emergencyWorkersThreshold());
        inputs.put("onlyDoubleWages", facts.onlyDoubleWages());
        return inputs;
    }
}
