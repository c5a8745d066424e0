package cn.laborcase.emergency.process;

import cn.laborcase.emergency.EmergencySettings;
import cn.laborcase.emergency.Grade;
import cn.laborcase.emergency.IncidentGrading;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Evaluates processes/wage-incident-grading.dmn on the engine (each evaluation is kept in the engine's history). */
@Component
class DmnIncidentGrading implements IncidentGrading {

    static final String DECISION = "wage-incident-grading";

    private final DecisionService decisions;

    DmnIncidentGrading(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public GradeDecision grade(Facts facts, EmergencySettings.Thresholds thresholds) {
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(DECISION)
                .variables(inputs(facts, thresholds))
                .evaluate()
                .getSingleResult();
        return new GradeDecision(Grade.valueOf(result.getEntry("grade")), result.getEntry("rule"));
    }

    static Map<String, Object> inputs(Facts facts, EmergencySettings.Thresholds thresholds) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("workersAffected", facts.workersAffected());
        inputs.put("employerAbsconded", facts.employerAbsconded());
        inputs.put("groupPetition", facts.groupPetition());
        inputs.put("levelIV", thresholds.levelIv());
        inputs.put("levelIII", thresholds.levelIii());
        inputs.put("levelII", thresholds.levelIi());
        inputs.put("levelI", thresholds.levelI());
        return inputs;
    }
}
