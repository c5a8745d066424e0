package cn.laborcase.notification.web;

import cn.laborcase.notification.MailAdministration;
import cn.laborcase.notification.OutboxEntry;
import cn.laborcase.notification.OutboxQuery;
import cn.laborcase.notification.OutboxState;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ExportLimit;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.PersonalData;
import cn.laborcase.shared.web.Spreadsheet;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
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

    private final ExportLimit exportLimit;

    MailAdminController(MailAdministration mail, ExportLimit exportLimit) {
        this.mail = mail;
        this.exportLimit = exportLimit;
    }

    @GetMapping
    String outbox(
            @RequestParam(required = false) OutboxState state,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        ListRequest list = ListRequest.of(page, size == null ? "50" : size, sort, dir, OutboxQuery.SORTS);
        OutboxQuery query = new OutboxQuery(state, q, list.page().page(), list.size(), list.sort(), list.descending());
        model.addAttribute("view", "outbox");
        model.addAttribute("query", query);
        model.addAttribute("outbox", mail.outbox(query));
        model.addAttribute("states", OutboxState.values());
        return common(model);
    }

    /** The messages the same search finds, recipients masked, as an .xlsx; journaled. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) OutboxState state,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        ListRequest list = ListRequest.of(null, null, sort, dir, OutboxQuery.SORTS);
        return SHEET.download(
                "邮件发件箱",
                mail.export(new OutboxQuery(state, q, 0, 1, list.sort(), list.descending()), exportLimit.max()));
    }

    static final Spreadsheet<OutboxEntry> SHEET = Spreadsheet.of("邮件发件箱", OutboxEntry.class)
            .text("状态", e -> e.state().label())
            .text("收件人", e -> e.recipients().stream().map(PersonalData::email).collect(Collectors.joining("、")))
            .text("主题", OutboxEntry::subject)
            .text("关联对象", OutboxEntry::relatedLabel)
            .number("尝试次数", OutboxEntry::attempts)
            .time("排队时间", OutboxEntry::createdAt)
            .time("发送时间", OutboxEntry::sentAt)
            .text("发送结果", e -> e.lastError() != null ? e.lastError() : e.smtpReply());

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
