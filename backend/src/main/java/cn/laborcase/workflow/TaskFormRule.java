package cn.laborcase.workflow;

import cn.laborcase.shared.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule across the fields of a task form that the module owning the process checks before the task completes, e.g.
 * "a refusal needs a reason". A Camunda Form only knows rules per field; {@link TaskInbox#complete} asks every rule
 * registered for the task's form and refuses (400, naming each field) if any finds a problem.
 */
public interface TaskFormRule {

    /** The forms ({@code camunda:formRef} ids) this rule checks. */
    Set<String> formIds();

    /**
     * @param values the submitted values, already checked and converted field by field ({@link TaskForm#values})
     * @return the problems, each naming its field by the form key (without {@link TaskForm#FIELD_PREFIX}); empty if
     *     the values may be submitted
     */
    List<FieldProblem> check(TaskView task, Map<String, Object> values);
}
