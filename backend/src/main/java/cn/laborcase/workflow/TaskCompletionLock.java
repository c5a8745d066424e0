package cn.laborcase.workflow;

/**
 * Lets the module owning a process lock its own record before the inbox takes a task to complete it. A task listener
 * that writes the module's record (e.g. a decision moving an incident's status) would otherwise lock the task first
 * and the record second, while the module's own endpoint locks the record first and the task second: two requests at
 * the same instant would each hold what the other needs (a database deadlock, 500). With this hook every path locks
 * the record first; the second request waits, then finds the first's outcome and is refused (409).
 */
public interface TaskCompletionLock {

    /**
     * Called by {@link TaskInbox#complete} after the user's right to work the task was checked and before the task is
     * taken, in the completing transaction. Does nothing for a task of another module's process.
     *
     * @throws cn.laborcase.shared.ConflictException when the record shows the task is no longer to be completed
     */
    void lockBeforeCompleting(TaskView task);

    /**
     * Whether the task page offers 办结 for this task. A module whose task ends by a step on its case page (the task then
     * ends through a boundary event) answers false, so that no button leads to a refusal; true by default.
     */
    default boolean completableFromInbox(TaskView task) {
        return true;
    }
}
