package cn.laborcase.audit.web;

import cn.laborcase.audit.AuditEntry;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.audit.AuditQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志: the journal, newest first, 50 a page, filtered by actor, action, target and date. Read-only. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final AuditJournal journal;

    AuditController(AuditJournal journal) {
        this.journal = journal;
    }

    @GetMapping("/admin/audit")
    String journal(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditQuery query = new AuditQuery(
                clean(actor), clean(action), clean(targetType), clean(targetId), from, to, page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("lines", journal.page(query).map(e -> new Line(e, TIME.format(e.occurredAt()))));
        return "audit/journal";
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A journal entry with its time in Beijing time, to the second. */
    record Line(AuditEntry entry, String time) {}
}
