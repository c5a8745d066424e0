package cn.laborcase.workflow;

import java.util.List;

/**
 * The choices of a task form's select that depend on the task (form-js {@code valuesKey}): e.g. the colleagues a
 * task may be reassigned to, shown by name instead of asking for a user name. The module that owns the process
 * registers one bean per key; the inbox asks it when it shows the form and checks the submitted value against the
 * same choices, so only a listed value is accepted.
 */
public interface TaskFormOptions {

    /** The {@code valuesKey} of the form fields this bean fills. */
    String valuesKey();

    /** The choices for this task, in the order shown; the label is what the user reads (a name, never a code). */
    List<FormField.Option> options(TaskView task);
}
