package cn.laborcase.workflow.web;

import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.PageRequest;
import cn.laborcase.workflow.TaskLists;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tabs beside 待办: 已办 (what I completed) and 我发起的 (what I started), and the inbox's bulk claim and bulk
 * transfer of the tasks ticked in it. Each ticked task is checked on the server against the user's right on it; the
 * outcome of each is shown back in Chinese.
 */
@Controller
class TaskListController {

    static final int PAGE_SIZE = 20;

    private final TaskLists lists;
    private final CurrentUsers currentUsers;

    TaskListController(TaskLists lists, CurrentUsers currentUsers) {
        this.lists = lists;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/inbox/done")
    String done(@RequestParam(name = "page", required = false) String page, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("user", user);
        model.addAttribute("tab", "done");
        model.addAttribute("startsProcesses", lists.startsProcesses(user));
        model.addAttribute("page", lists.done(user, PageRequest.of(pageNumber(page), PAGE_SIZE)));
        model.addAttribute("zone", BeijingTime.ZONE);
        return "workflow/done";
    }

    @GetMapping("/inbox/started")
    String started(@RequestParam(name = "page", required = false) String page, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("user", user);
        model.addAttribute("tab", "started");
        model.addAttribute("startsProcesses", lists.startsProcesses(user));
        model.addAttribute("page", lists.started(user, PageRequest.of(pageNumber(page), PAGE_SIZE)));
        model.addAttribute("zone", BeijingTime.ZONE);
        return "workflow/started";
    }

    @PostMapping("/inbox/bulk-claim")
    String bulkClaim(
            @RequestParam(name = "taskIds", required = false) List<String> taskIds, RedirectAttributes redirect) {
        return outcome(lists.claimAll(currentUsers.require(), taskIds), "签收", redirect);
    }

    @PostMapping("/inbox/bulk-transfer")
    String bulkTransfer(
            @RequestParam(name = "taskIds", required = false) List<String> taskIds,
            @RequestParam(name = "assignee", required = false) String assignee,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        return outcome(lists.transferAll(currentUsers.require(), taskIds, assignee, reason), "转办", redirect);
    }

    private static String outcome(List<TaskLists.BulkOutcome> outcomes, String action, RedirectAttributes redirect) {
        long ok = outcomes.stream().filter(TaskLists.BulkOutcome::ok).count();
        long refused = outcomes.size() - ok;
        String summary =
                "批量" + action + "：成功 " + ok + " 项" + (refused > 0 ? "，未能" + action + " " + refused + " 项" : "");
        redirect.addFlashAttribute(refused > 0 ? "flashError" : "flashSuccess", summary);
        redirect.addFlashAttribute("bulkOutcomes", outcomes);
        return "redirect:/inbox";
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 0 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
