package cn.laborcase.workflow.web;

import cn.laborcase.calendar.WorkingDays;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.workflow.CaseLinks;
import cn.laborcase.workflow.InboxPage;
import cn.laborcase.workflow.InboxQuery;
import cn.laborcase.workflow.TaskDecisions;
import cn.laborcase.workflow.TaskDetail;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskLists;
import cn.laborcase.workflow.TaskView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The inbox every working user lands on, and the task page where he works a task. Filters are plain links and a GET
 * form; with htmx they replace only the results. Every action posts, then redirects back with a flash message: a
 * refused action (taken by someone else, wrong input) shows as an error on the task page.
 */
@Controller
class InboxController {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TaskInbox inbox;
    private final TaskLists lists;
    private final TaskDecisions decisions;
    private final CaseLinks caseLinks;
    private final WorkingDays workingDays;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InboxController(
            TaskInbox inbox,
            TaskLists lists,
            TaskDecisions decisions,
            CaseLinks caseLinks,
            WorkingDays workingDays,
            CurrentUsers currentUsers,
            Clock clock) {
        this.decisions = decisions;
        this.caseLinks = caseLinks;
        this.lists = lists;
        this.workingDays = workingDays;
        this.clock = clock;
        this.inbox = inbox;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/inbox")
    String inbox(
            InboxParams params,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletResponse response,
            Model model) {
        CurrentUser user = currentUsers.require();
        InboxQuery query = params.lenient();
        model.addAttribute("user", user);
        model.addAttribute(
                "roles", user.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、")));
        model.addAttribute("query", query);
        InboxPage page = inbox.page(user, query);
        model.addAttribute("page", page);
        model.addAttribute("due", DueBadges.of(page.tasks(), workingDays.counter()));
        model.addAttribute("tab", "todo");
        model.addAttribute("startsProcesses", lists.startsProcesses(user));
        model.addAttribute("transferTargets", lists.transferTargets(user));
        model.addAttribute("processes", inbox.processOptions(user));
        model.addAttribute("filters", InboxQuery.Filter.values());
        model.addAttribute("sorts", InboxQuery.Sort.values());
        model.addAttribute("here", inboxUrl(query));
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("zone", CHINA);
        // the same URL answers htmx with the results only and everyone else (a reload, htmx restoring its history
        // after a cache miss) with the whole page
        response.addHeader("Vary", "HX-Request");
        return htmx != null && historyRestore == null ? "workflow/inbox :: results" : "workflow/inbox";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable String id, Model model) {
        CurrentUser user = currentUsers.require();
        TaskDetail detail = inbox.detail(user, id);
        model.addAttribute("summary", caseLinks.summary(detail.task(), user));
        model.addAttribute("detail", detail);
        model.addAttribute("task", detail.task());
        model.addAttribute("decision", decisions.of(detail.form()));
        if (!model.containsAttribute("formValues")) {
            model.addAttribute("formValues", displayValues(detail.formValues()));
        }
        model.addAttribute("now", Instant.now(clock));
        model.addAttribute("zone", CHINA);
        return "workflow/task";
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(
            @PathVariable String id,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            RedirectAttributes redirect) {
        String back = safeInboxUrl(returnTo);
        return act(id, redirect, back, () -> {
            TaskView task = inbox.claim(currentUsers.require(), id);
            return "已签收任务「" + task.name() + "」";
        });
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> {
            TaskView task = inbox.unclaim(currentUsers.require(), id);
            return "已取消签收任务「" + task.name() + "」，任务已退回待签收";
        });
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(
            @PathVariable String id,
            @Valid CompleteTaskRequest request,
            BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return invalid(id, binding, redirect);
        }
        String result = act(id, redirect, "/inbox", () -> {
            TaskView task = inbox.complete(currentUsers.require(), id, request.comment(), request.variables());
            return "已办结任务「" + task.name() + "」";
        });
        if (redirect.getFlashAttributes().containsKey("flashError")) {
            // keep what the user typed, so that a wrong field does not cost him the whole form
            redirect.addFlashAttribute("formValues", displayValues(request.variables()));
            redirect.addFlashAttribute("comment", request.comment());
        }
        return result;
    }

    @PostMapping("/tasks/{id}/transfer")
    String transfer(@PathVariable String id, TransferTaskRequest request, RedirectAttributes redirect) {
        // the inbox checks the right to work the task before the form (403/404 before any 400)
        return act(id, redirect, "/inbox", () -> {
            TaskView task = inbox.transfer(currentUsers.require(), id, request.assignee(), request.reason());
            return "已将任务「" + task.name() + "」转办给 " + task.assigneeName();
        });
    }

    @PostMapping("/tasks/{id}/return")
    String returnToPrevious(@PathVariable String id, ReturnTaskRequest request, RedirectAttributes redirect) {
        // the inbox checks the right to work the task before the form (403/404 before any 400)
        return act(id, redirect, "/inbox", () -> {
            TaskView reopened = inbox.returnToPrevious(currentUsers.require(), id, request.reason());
            return "已退回至「" + reopened.name() + "」"
                    + (reopened.assigneeName() == null ? "" : "，由 " + reopened.assigneeName() + " 重新办理");
        });
    }

    /**
     * Runs an action and redirects: on success to {@code successUrl} (the task page if null) with its message; when
     * the service refuses, to the task page with the reason. An unknown or invisible task stays a 404 page.
     */
    private static String act(String id, RedirectAttributes redirect, String successUrl, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashSuccess", action.get());
            return "redirect:" + (successUrl == null ? taskUrl(id) : successUrl);
        } catch (NotFoundException | ForbiddenException e) {
            // not his task: the error page with 404/403, not a redirect that reads like a step of the work
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", message(e));
            return "redirect:" + taskUrl(id);
        }
    }

    private static String invalid(String id, BindingResult binding, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flashError",
                binding.getAllErrors().stream().map(e -> e.getDefaultMessage()).collect(Collectors.joining("；")));
        return "redirect:" + taskUrl(id);
    }

    private static String message(DomainException e) {
        if (e instanceof InvalidInputException one && one.problems().size() == 1) {
            return one.problems().get(0).message();
        }
        if (e instanceof InvalidInputException invalid) {
            return e.getMessage() + "："
                    + invalid.problems().stream().map(FieldProblem::message).collect(Collectors.joining("；"));
        }
        return e.getMessage();
    }

    private static Map<String, String> displayValues(Map<String, ?> values) {
        Map<String, String> display = new HashMap<>();
        if (values != null) {
            values.forEach((k, v) -> display.put(k, v == null ? "" : v.toString()));
        }
        return display;
    }

    private static String taskUrl(String id) {
        return UriComponentsBuilder.fromPath("/tasks/{id}")
                .buildAndExpand(id)
                .encode()
                .toUriString();
    }

    /** Only our own inbox: a {@code returnTo} elsewhere would make the page an open redirect. */
    private static String safeInboxUrl(String returnTo) {
        return returnTo != null && returnTo.matches("/inbox(\\?[\\w=&%.\\-]*)?") ? returnTo : null;
    }

    private static String inboxUrl(InboxQuery query) {
        return UriComponentsBuilder.fromPath("/inbox")
                .queryParam("filter", query.filter().name())
                .queryParamIfPresent("process", java.util.Optional.ofNullable(query.processKey()))
                .queryParam("sort", query.sort().name())
                .queryParam("page", query.page())
                .encode()
                .toUriString();
    }
}
