package cn.laborcase.notification.web;

import cn.laborcase.notification.StaffNotice;
import cn.laborcase.notification.StaffNotices;
import cn.laborcase.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /notifications: the logged-in staff member's own notices; open (marks read), mark read, mark all read. */
@Controller
@RequestMapping("/notifications")
class NoticeController {

    private final StaffNotices notices;
    private final CurrentUsers currentUsers;

    NoticeController(StaffNotices notices, CurrentUsers currentUsers) {
        this.notices = notices;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notices", notices.page(username(), page));
        model.addAttribute("zone", MailAdminController.BEIJING);
        return "notification/notices";
    }

    /** Marks the notice read and goes where it points (a path inside the application, checked when written). */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id) {
        StaffNotice notice = notices.open(username(), id);
        return "redirect:" + (notice.link() == null ? "/notifications" : notice.link());
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id) {
        notices.markRead(username(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes redirect) {
        int marked = notices.markAllRead(username());
        redirect.addFlashAttribute("flashSuccess", marked == 0 ? "没有未读通知" : "已将 " + marked + " 条通知标为已读");
        return "redirect:/notifications";
    }

    private String username() {
        return currentUsers.require().username();
    }
}
