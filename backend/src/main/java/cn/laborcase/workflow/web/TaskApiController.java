package cn.laborcase.workflow.web;

import cn.laborcase.security.CurrentUsers;
import cn.laborcase.workflow.TaskDetail;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The task inbox for integrations (HTTP Basic, stateless). Errors are problems from the shared advice: 400 naming
 * each field, 403 visible but not workable, 404 unknown or outside the user's scope, 409 taken by someone else or
 * already ended.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

    private final TaskInbox inbox;
    private final CurrentUsers currentUsers;

    TaskApiController(TaskInbox inbox, CurrentUsers currentUsers) {
        this.inbox = inbox;
        this.currentUsers = currentUsers;
    }

    /** {@code ?filter=ALL|MINE|GROUPS|OVERDUE&process=<key>&sort=DUE_ASC|DUE_DESC|CREATED_DESC|PRIORITY_DESC&page&size} */
    @GetMapping
    TaskListResponse list(InboxParams params) {
        return TaskListResponse.of(inbox.page(currentUsers.require(), params.strict()));
    }

    @GetMapping("/{id}")
    TaskDetail get(@PathVariable String id) {
        return inbox.detail(currentUsers.require(), id);
    }

    @PostMapping("/{id}/claim")
    TaskView claim(@PathVariable String id) {
        return inbox.claim(currentUsers.require(), id);
    }

    @PostMapping("/{id}/unclaim")
    TaskView unclaim(@PathVariable String id) {
        return inbox.unclaim(currentUsers.require(), id);
    }

    @PostMapping("/{id}/complete")
    TaskView complete(@PathVariable String id, @Valid @RequestBody(required = false) CompleteTaskRequest request) {
        CompleteTaskRequest body = request == null ? new CompleteTaskRequest(null, null) : request;
        return inbox.complete(currentUsers.require(), id, body.comment(), body.variables());
    }

    @PostMapping("/{id}/transfer")
    TaskView transfer(@PathVariable String id, @RequestBody TransferTaskRequest request) {
        // validated by the inbox after the right to work the task: a stranger learns nothing from a 400
        return inbox.transfer(currentUsers.require(), id, request.assignee(), request.reason());
    }

    /** 退回: returns the reopened previous step. */
    @PostMapping("/{id}/return")
    TaskView returnToPrevious(@PathVariable String id, @RequestBody ReturnTaskRequest request) {
        return inbox.returnToPrevious(currentUsers.require(), id, request.reason());
    }
}
