package cn.laborcase.workflow;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.TaskScope;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.workflow.persistence.InboxCriteriaRow;
import cn.laborcase.workflow.persistence.TaskMapper;
import cn.laborcase.workflow.persistence.TaskRow;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inbox (待办任务): list, claim (签收), unclaim, complete (办结), transfer (转办) and return (退回). Every action
 * first takes the task's row with a guarded update, so of two people acting at once exactly one wins and the other
 * gets a 409; then it drives the engine in the same transaction and writes the audit journal.
 */
@Service
public class TaskInbox {

    static final String TARGET = "TASK";
    static final int MAX_COMMENT = 1000;
    static final int MAX_REASON = 400;

    private final TaskMapper tasks;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final TaskForms forms;
    private final DataScope dataScope;
    private final UserLookup users;
    private final OrganizationDirectory directory;
    private final AuditJournal audit;
    private final ObjectProvider<TaskFormRule> formRules;
    private final ObjectProvider<TaskCompletionLock> completionLocks;
    private final EngineConflicts conflicts;
    private final Clock clock;

    TaskInbox(
            TaskMapper tasks,
            TaskService taskService,
            RuntimeService runtimeService,
            IdentityService identityService,
            TaskForms forms,
            DataScope dataScope,
            UserLookup users,
            OrganizationDirectory directory,
            AuditJournal audit,
            ObjectProvider<TaskFormRule> formRules,
            ObjectProvider<TaskCompletionLock> completionLocks,
            EngineConflicts conflicts,
            Clock clock) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.forms = forms;
        this.dataScope = dataScope;
        this.users = users;
        this.directory = directory;
        this.audit = audit;
        this.formRules = formRules;
        this.completionLocks = completionLocks;
        this.conflicts = conflicts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public InboxPage page(CurrentUser user, InboxQuery query) {
        InboxCriteriaRow criteria = criteria(user, query);
        List<TaskView> views =
                tasks.search(criteria).stream().map(row -> view(row, List.of())).toList();
        return InboxPage.of(views, tasks.count(criteria), query.page(), query.size());
    }

    @Transactional(readOnly = true)
    public List<ProcessOption> processOptions(CurrentUser user) {
        return tasks.processOptions(criteria(user, new InboxQuery(InboxQuery.Filter.ALL, null, null, 0, 1)));
    }

    /** A task the user may see (404 otherwise, so that he does not learn that it exists). */
    @Transactional(readOnly = true)
    public TaskView get(CurrentUser user, String taskId) {
        return visible(user, taskId);
    }

    /**
     * The task page: the task, what the user may do with it now, its form and transfer candidates (only if he may
     * work it), and the history of its process.
     */
    @Transactional(readOnly = true)
    public TaskDetail detail(CurrentUser user, String taskId) {
        TaskView task = visible(user, taskId);
        List<TaskView> history = historyOf(task.processInstanceId());
        if (!canWork(user, task)) {
            return new TaskDetail(task, Set.of(), null, null, Map.of(), List.of(), history);
        }
        Set<TaskAction> actions = EnumSet.of(TaskAction.TRANSFER);
        if (completionLocks.orderedStream().allMatch(lock -> lock.completableFromInbox(task))) {
            actions.add(TaskAction.COMPLETE);
        }
        actions.add(task.assignee() == null ? TaskAction.CLAIM : TaskAction.UNCLAIM);
        String previous = previousStep(task).map(TaskRow::name).orElse(null);
        if (previous != null) {
            actions.add(TaskAction.RETURN);
        }
        // a task completed by someone else since we read its row has no engine task: no form, and acting gives a 409
        boolean inEngine = taskService.createTaskQuery().taskId(taskId).count() > 0;
        TaskForm form = inEngine ? forms.of(task).orElse(null) : null;
        Map<String, Object> values = form == null ? Map.of() : initialValues(taskId, form);
        return new TaskDetail(task, actions, previous, form, values, transferCandidates(user, task), history);
    }

    /** May the user work this task now (claim, complete, transfer, return)? */
    @Transactional(readOnly = true)
    public boolean canWork(CurrentUser user, TaskView task) {
        return task.status() == TaskStatus.OPEN && dataScope.canWork(user, scope(task));
    }

    /** The steps of the task's process instance, oldest first, for the task page's history. */
    @Transactional(readOnly = true)
    public List<TaskView> history(CurrentUser user, String taskId) {
        return historyOf(visible(user, taskId).processInstanceId());
    }

    @Transactional
    public TaskView claim(CurrentUser user, String taskId) {
        TaskView task = workable(user, taskId);
        if (user.username().equals(task.assignee())) {
            throw new ConflictException("ALREADY_CLAIMED", "您已签收任务「" + task.name() + "」");
        }
        if (task.assignee() != null) {
            throw alreadyTaken(task);
        }
        if (tasks.takeForClaim(taskId, user.username()) == 0) {
            throw alreadyTaken(get(user, taskId));
        }
        tasks.syncCandidates(taskId);
        asUser(user, () -> {
            taskService.claim(taskId, user.username());
            return null;
        });
        audit.recordAs(
                user.username(), "TASK_CLAIMED", TARGET, taskId, "签收任务「" + task.name() + "」", null, user.displayName());
        return get(user, taskId);
    }

    @Transactional
    public TaskView unclaim(CurrentUser user, String taskId) {
        TaskView task = visible(user, taskId);
        if (task.status() != TaskStatus.OPEN) {
            throw ended(task);
        }
        if (!user.username().equals(task.assignee())) {
            TaskScope unheld =
                    new TaskScope(null, Set.copyOf(task.candidateGroups()), task.officeCode(), task.gridCode());
            if (!dataScope.canWork(user, unheld)) {
                // not a task he could ever hold: refused as such, not as a lost race
                throw new ForbiddenException("NOT_CANDIDATE", "任务「" + task.name() + "」不在您的办理范围内");
            }
            throw new ConflictException("NOT_HOLDER", "任务「" + task.name() + "」不在您名下，无法取消签收");
        }
        if (tasks.takeForUnclaim(taskId, user.username()) == 0) {
            throw ConflictException.concurrentEdit("任务「" + task.name() + "」");
        }
        tasks.syncCandidates(taskId);
        asUser(user, () -> {
            taskService.setAssignee(taskId, null);
            return null;
        });
        audit.recordAs(
                user.username(),
                "TASK_UNCLAIMED",
                TARGET,
                taskId,
                "取消签收任务「" + task.name() + "」",
                user.displayName(),
                null);
        return get(user, taskId);
    }

    /**
     * Completes the task (办结), claiming it first if nobody held it. The submitted values are checked against the
     * task's Camunda Form; only the keys it declares become process variables.
     *
     * @param submitted the form's fields by key: strings from a page, JSON values from the API
     * @return the completed task
     */
    public TaskView complete(CurrentUser user, String taskId, String comment, Map<String, ?> submitted) {
        // a background step of the same instance finishing at this instant is no reason to refuse the user
        return conflicts.retrying("complete task " + taskId, () -> completeOnce(user, taskId, comment, submitted));
    }

    private TaskView completeOnce(CurrentUser user, String taskId, String comment, Map<String, ?> submitted) {
        checkLength(comment, MAX_COMMENT, "comment", "办理意见");
        // the owning module's record first, the task second: the order its own endpoints lock in (TaskCompletionLock)
        TaskView workable = workable(user, taskId);
        try {
            completionLocks.orderedStream().forEach(lock -> lock.lockBeforeCompleting(workable));
        } catch (NullValueException gone) {
            // the lock waited for a decision made on the module's own endpoint, which ended this task meanwhile
            throw new ConflictException("TASK_ENDED", "任务「" + workable.name() + "」已由他人办理完毕，不能再办理");
        }
        TaskView task = take(user, taskId);
        Optional<TaskForm> form = forms.of(task);
        Map<String, Object> values = form.map(f -> f.values(submitted)).orElse(Map.of());
        form.ifPresent(f -> checkRules(task, f, values));
        asUser(user, () -> {
            if (task.assignee() == null) {
                taskService.setAssignee(taskId, user.username());
            }
            taskService.complete(taskId, values);
            return null;
        });
        tasks.updateEndComment(taskId, blankToNull(comment));
        audit.recordAs(
                user.username(),
                "TASK_COMPLETED",
                TARGET,
                taskId,
                "办结任务「" + task.name() + "」" + suffix(comment),
                TaskStatus.OPEN.label(),
                TaskStatus.COMPLETED.label()
                        + form.map(f -> f.describe(values))
                                .filter(text -> !text.isEmpty())
                                .map(text -> "：" + text)
                                .orElse(""));
        return get(user, taskId);
    }

    /**
     * The open tasks of a process instance, without a user's scope: for the module that owns the process, which
     * decides itself who may see its case.
     */
    @Transactional(readOnly = true)
    public List<TaskView> openTasks(String processInstanceId) {
        return tasks.findByProcessInstance(processInstanceId).stream()
                .filter(r -> TaskStatus.OPEN.name().equals(r.status()))
                .map(r -> view(r, tasks.findCandidates(r.id())))
                .toList();
    }

    /**
     * Reassigns (改派) a task that the leader does not hold himself, e.g. one overdue in an inspector's hands, to a
     * staff member who may work it from its candidate groups, with a reason.
     */
    @Transactional
    public TaskView reassign(CurrentUser leader, String taskId, String toUsername, String reason) {
        requireReason(reason, "改派理由");
        TaskView task = visible(leader, taskId);
        if (task.status() != TaskStatus.OPEN) {
            throw ended(task);
        }
        if (!dataScope.canReassign(leader, scope(task))) {
            throw new ForbiddenException("NOT_LEADER", "只有本机构领导可以改派任务「" + task.name() + "」");
        }
        CurrentUser target = toUsername == null || toUsername.isBlank()
                ? null
                : users.findActive(toUsername.strip()).orElse(null);
        TaskScope unclaimed =
                new TaskScope(null, Set.copyOf(task.candidateGroups()), task.officeCode(), task.gridCode());
        if (target == null || !dataScope.canWork(target, unclaimed)) {
            throw new InvalidInputException("assignee", "NotEligible", "改派对象须为可办理此任务的在职人员");
        }
        if (target.username().equals(task.assignee())) {
            throw new InvalidInputException("assignee", "AlreadyAssignee", "任务已在 " + target.displayName() + " 名下");
        }
        if (tasks.takeForReassign(taskId, task.assignee()) == 0) {
            throw ConflictException.concurrentEdit("任务「" + task.name() + "」");
        }
        asUser(leader, () -> {
            taskService.setAssignee(taskId, target.username());
            return null;
        });
        tasks.updateNote(taskId, leader.displayName() + " 改派：" + reason.strip());
        audit.recordAs(
                leader.username(),
                "TASK_REASSIGNED",
                TARGET,
                taskId,
                "改派任务「" + task.name() + "」给 " + target.displayName() + "，理由：" + reason.strip(),
                task.assigneeName(),
                target.displayName());
        return view(tasks.findById(taskId).orElseThrow(), tasks.findCandidates(taskId));
    }

    /** Whom the user may transfer the task to: its candidates and his office's colleagues, not himself. */
    @Transactional(readOnly = true)
    public List<Colleague> transferCandidates(CurrentUser user, String taskId) {
        return transferCandidates(user, visible(user, taskId));
    }

    /** Transfers the task (转办) to a named colleague who may work it, with a reason. */
    @Transactional
    public TaskView transfer(CurrentUser user, String taskId, String toUsername, String reason) {
        // the task and the right to work it first: neither a name's existence nor a form's faults are any answer
        // for someone who may not work the task (the access matrix: 403/404 before any 400)
        TaskView task = take(user, taskId);
        requireReason(reason, "转办理由");
        if (toUsername == null || toUsername.isBlank()) {
            throw new InvalidInputException("assignee", "NotBlank", "请选择转办接收人");
        }
        if (user.username().equals(toUsername)) {
            throw new InvalidInputException("assignee", "SelfTransfer", "不能转办给自己");
        }
        CurrentUser target = users.findActive(toUsername)
                .orElseThrow(() -> new InvalidInputException("assignee", "UnknownStaff", "接收人不存在或已停用"));
        if (target.username().equals(task.assignee())) {
            throw new InvalidInputException("assignee", "AlreadyAssignee", "任务已在 " + target.displayName() + " 名下");
        }
        if (!dataScope.canReceiveTransfer(user, target, scope(task))) {
            throw new InvalidInputException("assignee", "NotEligible", target.displayName() + " 不在此任务的办理范围内，不能转办给他");
        }
        asUser(user, () -> {
            taskService.setAssignee(taskId, target.username());
            return null;
        });
        tasks.updateNote(taskId, user.displayName() + " 转办：" + reason.strip());
        audit.recordAs(
                user.username(),
                "TASK_TRANSFERRED",
                TARGET,
                taskId,
                "转办任务「" + task.name() + "」给 " + target.displayName() + "，理由：" + reason.strip(),
                task.assigneeName(),
                target.displayName());
        return get(target, taskId);
    }

    /**
     * Returns the task (退回) to the step whose completion created it, which reopens for whoever completed that step,
     * with the reason on it.
     *
     * @return the reopened step
     */
    @Transactional
    public TaskView returnToPrevious(CurrentUser user, String taskId, String reason) {
        TaskView task = take(user, taskId);
        requireReason(reason, "退回理由");
        TaskRow previous = previousStep(task)
                .orElseThrow(() -> new ConflictException("NO_PREVIOUS_STEP", "任务「" + task.name() + "」没有可退回的上一办理环节"));
        asUser(user, () -> {
            Task engineTask = taskService.createTaskQuery().taskId(taskId).singleResult();
            ActivityInstance tree = runtimeService.getActivityInstance(task.processInstanceId());
            runtimeService
                    .createProcessInstanceModification(task.processInstanceId())
                    .cancelActivityInstance(activityInstanceOf(tree, engineTask))
                    .startBeforeActivity(previous.taskDefinitionKey())
                    .setAnnotation("退回：" + reason.strip())
                    .execute();
            return null;
        });
        tasks.markReturned(taskId, user.username(), reason.strip(), Instant.now(clock));
        tasks.syncCandidates(taskId);
        TaskRow reopened = tasks.findOpen(task.processInstanceId(), previous.taskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("returned step did not reopen"));
        if (previous.endedBy() != null && users.findActive(previous.endedBy()).isPresent()) {
            asUser(user, () -> {
                taskService.setAssignee(reopened.id(), previous.endedBy());
                return null;
            });
        }
        tasks.updateNote(reopened.id(), user.displayName() + " 退回：" + reason.strip());
        audit.recordAs(
                user.username(),
                "TASK_RETURNED",
                TARGET,
                taskId,
                "退回任务「" + task.name() + "」至「" + previous.name() + "」，理由：" + reason.strip(),
                task.name(),
                previous.name());
        return view(tasks.findById(reopened.id()).orElseThrow(), tasks.findCandidates(reopened.id()));
    }

    private List<Colleague> transferCandidates(CurrentUser user, TaskView task) {
        return directory.colleagues(task.candidateGroups(), user.officeCode()).stream()
                .filter(c ->
                        !c.username().equals(user.username()) && !c.username().equals(task.assignee()))
                .toList();
    }

    private void checkRules(TaskView task, TaskForm form, Map<String, Object> values) {
        List<FieldProblem> problems = formRules
                .orderedStream()
                .filter(rule -> rule.formIds().contains(form.id()))
                .flatMap(rule -> rule.check(task, values).stream())
                .map(p -> new FieldProblem(TaskForm.FIELD_PREFIX + p.field(), p.code(), p.message()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Optional<TaskRow> previousStep(TaskView task) {
        return tasks.findPreviousCompleted(task.processInstanceId(), task.taskDefinitionKey(), task.createdAt());
    }

    private List<TaskView> historyOf(String processInstanceId) {
        return tasks.findByProcessInstance(processInstanceId).stream()
                .map(r -> view(r, List.of()))
                .toList();
    }

    /** What the form shows first: the values a returned step submitted before, else the form's defaults. */
    private Map<String, Object> initialValues(String taskId, TaskForm form) {
        List<String> keys = form.inputs().stream().map(FormField::key).toList();
        Map<String, Object> current = taskService.getVariables(taskId, keys);
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.inputs()) {
            Object value = current.get(field.key());
            values.put(field.key(), value != null ? value : field.defaultValue());
        }
        return values;
    }

    private TaskView take(CurrentUser user, String taskId) {
        TaskView task = workable(user, taskId);
        if (tasks.takeForWork(taskId, user.username()) == 0) {
            throw alreadyTaken(get(user, taskId));
        }
        return task;
    }

    private TaskView workable(CurrentUser user, String taskId) {
        TaskView task = visible(user, taskId);
        if (task.status() != TaskStatus.OPEN) {
            throw ended(task);
        }
        if (!dataScope.canWork(user, scope(task))) {
            if (task.assignee() != null) {
                throw alreadyTaken(task);
            }
            throw new ForbiddenException("NOT_CANDIDATE", "任务「" + task.name() + "」不在您的办理范围内");
        }
        return task;
    }

    private TaskView visible(CurrentUser user, String taskId) {
        TaskRow row = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("任务", taskId));
        List<String> candidates = tasks.findCandidates(taskId);
        TaskScope scope = new TaskScope(row.assignee(), Set.copyOf(candidates), row.officeCode(), row.gridCode());
        if (!dataScope.canSee(user, scope)) {
            throw new NotFoundException("任务", taskId);
        }
        return view(row, candidates);
    }

    private static ConflictException alreadyTaken(TaskView task) {
        if (task.status() != TaskStatus.OPEN) {
            return ended(task);
        }
        String holder = task.assigneeName() != null ? task.assigneeName() : task.assignee();
        return new ConflictException("TASK_TAKEN", "任务「" + task.name() + "」已由 " + holder + " 签收办理");
    }

    private static ConflictException ended(TaskView task) {
        return new ConflictException(
                "TASK_ENDED", "任务「" + task.name() + "」已" + task.status().label() + "，不能再办理");
    }

    private <T> T asUser(CurrentUser user, Supplier<T> action) {
        identityService.setAuthentication(user.username(), List.copyOf(user.groups()));
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String activityInstanceOf(ActivityInstance tree, Task task) {
        for (ActivityInstance instance : tree.getActivityInstances(task.getTaskDefinitionKey())) {
            if (instance.getExecutionIds() != null
                    && List.of(instance.getExecutionIds()).contains(task.getExecutionId())) {
                return instance.getId();
            }
        }
        throw new IllegalStateException("no activity instance for task " + task.getId());
    }

    private InboxCriteriaRow criteria(CurrentUser user, InboxQuery query) {
        var inbox = dataScope.inbox(user);
        return new InboxCriteriaRow(
                inbox.username(),
                List.copyOf(inbox.groups()),
                query.filter().name(),
                query.processKey(),
                query.sort().name(),
                Instant.now(clock),
                query.offset(),
                query.size(),
                InboxPage.COUNT_CAP);
    }

    private static TaskScope scope(TaskView task) {
        return new TaskScope(task.assignee(), Set.copyOf(task.candidateGroups()), task.officeCode(), task.gridCode());
    }

    static TaskView view(TaskRow r, List<String> candidates) {
        return new TaskView(
                r.id(),
                r.name(),
                r.processDefinitionKey(),
                r.processName(),
                r.taskDefinitionKey(),
                r.processInstanceId(),
                r.businessKey(),
                r.caseTitle(),
                r.officeCode(),
                r.gridCode(),
                r.assignee(),
                r.assigneeName(),
                r.priority(),
                r.createdAt(),
                r.dueAt(),
                TaskStatus.valueOf(r.status()),
                r.note(),
                r.endedAt(),
                r.endedBy(),
                r.endedByName(),
                r.endComment(),
                List.copyOf(candidates));
    }

    private static void requireReason(String reason, String label) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "NotBlank", "请填写" + label);
        }
        checkLength(reason, MAX_REASON, "reason", label);
    }

    private static void checkLength(String value, int max, String field, String label) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidInputException(field, "Size", label + "不能超过 " + max + " 字");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String suffix(String comment) {
        return comment == null || comment.isBlank() ? "" : "，意见：" + comment.strip();
    }
}
