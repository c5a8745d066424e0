package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.ArbitrationSettings;
import cn.laborcase.arbitration.ClaimFinality;
import cn.laborcase.cases.ClaimType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Evaluates processes/arbitration-finality.dmn with the limit of the minimum wage in force on the day. */
@Component
class DmnClaimFinality implements ClaimFinality {

    static final String DECISION = "arbitration-finality";

    private final DecisionService decisions;
    private final ArbitrationSettings settings;

    DmnClaimFinality(DecisionService decisions, ArbitrationSettings settings) {
        this.decisions = decisions;
        this.settings = settings;
    }

    @Override
    public Decision decide(ClaimType type, BigDecimal amount, String locality, LocalDate on) {
        BigDecimal limit = settings.wages().finalityLimit(locality, on).orElse(null);
        DmnDecisionResultEntries result = decisions
                .evaluateDecisionByKey(DECISION)
                .variables(inputs(type, amount, limit))
                .evaluate()
                .getSingleResult();
        return new Decision(Boolean.TRUE.equals(result.getEntry("final")), result.getEntry("rule"));
    }

    static Map<String, Object> inputs(ClaimType type, BigDecimal amount, BigDecimal limit) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("claimType", type.name());
        inputs.put("standardsItem", type.standardsItem());
        // a non-money item or a locality without a wage in force is never within the limit
        inputs.put("withinLimit", amount != null && limit != null && amount.compareTo(limit) <= 0);
        inputs.put("limitText", limit == null ? "未配置" : String.format("%,.2f", limit));
        return inputs;
    }
}
