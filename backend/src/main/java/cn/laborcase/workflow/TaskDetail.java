package cn.laborcase.workflow;

import cn.laborcase.organization.Colleague;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the task page (and the API's task resource) shows: the task, what the user may do with it now, its
 * form, whom it can be transferred to, and the history of its case's process.
 *
 * @param previousStep the step a return (退回) goes back to; null when there is none
 * @param form the task's Camunda Form, when the user may complete it and it has one
 * @param formValues the form's current values: the process variables it set before (a returned step), else defaults
 * @param colleagues whom the user may transfer the task to
 * @param history the steps of the case's process, oldest first
 */
public record TaskDetail(
        TaskView task,
        Set<TaskAction> actions,
        String previousStep,
        TaskForm form,
        Map<String, Object> formValues,
        List<Colleague> colleagues,
        List<TaskView> history) {

    /** For templates: {@code detail.can('CLAIM')}. */
    public boolean can(String action) {
        return actions.contains(TaskAction.valueOf(action));
    }
}
