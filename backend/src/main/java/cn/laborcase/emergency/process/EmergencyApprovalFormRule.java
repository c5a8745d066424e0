package cn.laborcase.emergency.process;

import cn.laborcase.emergency.DecisionRequest;
import cn.laborcase.emergency.IncidentApprovals;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.workflow.TaskFormRule;
import cn.laborcase.workflow.TaskView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The approval form (forms/emergency-approval.form): a rejection needs the leader's opinion. */
@Component
class EmergencyApprovalFormRule implements TaskFormRule {

    @Override
    public Set<String> formIds() {
        return Set.of("emergency-approval");
    }

    @Override
    public List<FieldProblem> check(TaskView task, Map<String, Object> values) {
        Object decision = values.get(IncidentApprovals.DECISION);
        Object opinion = values.get(IncidentApprovals.OPINION);
        return IncidentApprovals.problemsOf(new DecisionRequest(
                        decision == null ? null : decision.toString(), opinion == null ? null : opinion.toString()))
                .stream()
                .map(p -> new FieldProblem(
                        "decision".equals(p.field()) ? IncidentApprovals.DECISION : IncidentApprovals.OPINION,
                        p.code(),
                        p.message()))
                .toList();
    }
}
