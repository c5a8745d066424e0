package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.AcceptanceDecision;
import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.TribunalRequest;
import cn.laborcase.arbitration.TribunalRule;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.workflow.TaskFormRule;
import cn.laborcase.workflow.TaskView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The cross-field rules of the track's task forms, checked by the inbox before the task completes: reasons for a
 * refusal; a complete tribunal of distinct arbitrators, three for a collective case.
 */
@Component
class ArbitrationFormRules implements TaskFormRule {

    private final CasePreparation preparation;
    private final RuntimeService runtime;

    ArbitrationFormRules(CasePreparation preparation, RuntimeService runtime) {
        this.preparation = preparation;
        this.runtime = runtime;
    }

    @Override
    public Set<String> formIds() {
        return Set.of("arbitration-acceptance", "arbitration-tribunal");
    }

    @Override
    public List<FieldProblem> check(TaskView task, Map<String, Object> values) {
        if (ArbitrationProcess.TASK_ACCEPTANCE_REVIEW.equals(task.taskDefinitionKey())) {
            return ApplicationReview.problemsOf(new AcceptanceDecision(
                            text(values, ArbitrationProcess.DECISION), text(values, ArbitrationProcess.REASONS)))
                    .stream()
                    .map(p -> new FieldProblem(
                            "decision".equals(p.field()) ? ArbitrationProcess.DECISION : ArbitrationProcess.REASONS,
                            p.code(),
                            p.message()))
                    .toList();
        }
        boolean collective =
                Boolean.TRUE.equals(runtime.getVariable(task.processInstanceId(), ArbitrationProcess.COLLECTIVE));
        TribunalRequest r = new TribunalRequest(
                text(values, ArbitrationProcess.TRIBUNAL_MODE),
                text(values, ArbitrationProcess.PRESIDING),
                text(values, ArbitrationProcess.MEMBER_1),
                text(values, ArbitrationProcess.MEMBER_2),
                text(values, ArbitrationProcess.SOLE));
        java.util.List<FieldProblem> problems = new java.util.ArrayList<>(
                TribunalRule.problemsOf(r, collective, preparation.arbitratorsOf(task.officeCode())));
        // 办案规则 §61: a case converted back to the ordinary procedure is heard by three arbitrators
        if ("ORDINARY".equals(runtime.getVariable(task.processInstanceId(), ArbitrationProcess.PROCEDURE_KIND))
                && "SOLE".equals(r.mode())
                && problems.isEmpty()) {
            problems.add(new FieldProblem("mode", "Ordinary", "本案已转为按照一般程序处理，仲裁庭应当由三名仲裁员组成"));
        }
        return problems.stream()
                .map(p -> new FieldProblem(formKey(p.field()), p.code(), p.message()))
                .toList();
    }

    private static String formKey(String field) {
        return switch (field) {
            case "mode" -> ArbitrationProcess.TRIBUNAL_MODE;
            case "presiding" -> ArbitrationProcess.PRESIDING;
            case "sole" -> ArbitrationProcess.SOLE;
            default -> field;
        };
    }

    private static String text(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }
}
