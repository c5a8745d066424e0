package cn.laborcase.emergency.process;

import cn.laborcase.emergency.IncidentClosure;
import cn.laborcase.emergency.IncidentMoney;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.workflow.TaskFormRule;
import cn.laborcase.workflow.TaskView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The leaders' forms after activation (forms/emergency-advance.form, forms/emergency-closure.form): the same checks
 * as the decision endpoints; a refusal or a return needs the leader's opinion.
 */
@Component
class EmergencyLeaderFormRule implements TaskFormRule {

    private static final String ADVANCE_FORM = "emergency-advance";
    private static final String CLOSURE_FORM = "emergency-closure";

    @Override
    public Set<String> formIds() {
        return Set.of(ADVANCE_FORM, CLOSURE_FORM);
    }

    @Override
    public List<FieldProblem> check(TaskView task, Map<String, Object> values) {
        boolean advance = WageArrearsEmergencyProcess.TASK_APPROVE_ADVANCE.equals(task.taskDefinitionKey());
        String decisionKey = advance ? IncidentMoney.ADVANCE_DECISION : IncidentClosure.CLOSURE_DECISION;
        String opinionKey = advance ? IncidentMoney.ADVANCE_OPINION : IncidentClosure.CLOSURE_OPINION;
        String decision = text(values.get(decisionKey));
        String opinion = text(values.get(opinionKey));
        List<FieldProblem> problems = advance
                ? IncidentMoney.advanceDecisionProblems(decision, opinion)
                : IncidentClosure.decisionProblems(decision, opinion);
        return problems.stream()
                .map(p -> new FieldProblem(
                        "decision".equals(p.field()) ? decisionKey : opinionKey, p.code(), p.message()))
                .toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
