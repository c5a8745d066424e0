package cn.laborcase.notification.web;

import cn.laborcase.notification.MailAdministration;
import cn.laborcase.notification.OutboxQuery;
import cn.laborcase.notification.OutboxState;
import cn.laborcase.shared.ConflictException;
import java.time.ZoneId;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/mail: the outbox (state, attempts, last error, SMTP reply, requeue of FAILED messages) and, in the demo
 * profile, the mail its own SMTP server received. Administrators only, by the security chain.
 */
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int RECEIVED_SHOWN = 100;

    private final MailAdministration mail;

    MailAdminController(MailAdministration mail) {
        this.mail = mail;
    }

    @GetMapping
    String outbox(
            @RequestParam(required = false) OutboxState state,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OutboxQuery query = new OutboxQuery(state, q, page, 50);
        model.addAttribute("view", "outbox");
        model.addAttribute("query", query);
        model.addAttribute("outbox", mail.outbox(query));
        model.addAttribute("states", OutboxState.values());
        return common(model);
    }

    @GetMapping("/received")
    String received(Model model) {
        model.addAttribute("view", "received");
        model.addAttribute("received", mail.received(RECEIVED_SHOWN));
        return common(model);
    }

    @PostMapping("/outbox/{id}/requeue")
    String requeue(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            mail.requeue(id, version);
            redirect.addFlashAttribute("flashSuccess", "邮件 " + id + " 已重新排队发送");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/mail";
    }

    @GetMapping("/outbox/{id}/attachments/{position}")
    ResponseEntity<byte[]> outboxAttachment(@PathVariable long id, @PathVariable int position) {
        return Downloads.of(mail.outboxAttachment(id, position));
    }

    @GetMapping("/received/attachment")
    ResponseEntity<byte[]> receivedAttachment(
            @RequestParam String mailbox, @RequestParam String messageId, @RequestParam int index) {
        return Downloads.of(mail.receivedAttachment(mailbox, messageId, index));
    }

    private String common(Model model) {
        model.addAttribute("demoServer", mail.demoServerRunning());
        model.addAttribute("zone", BEIJING);
        return "notification/mail-admin";
    }
}
