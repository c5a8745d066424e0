package cn.laborcase.audit.web;

import cn.laborcase.audit.AuditLine;
import cn.laborcase.audit.AuditQuery;
import cn.laborcase.audit.AuditReader;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.SearchForm;
import cn.laborcase.shared.web.Spreadsheet;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 审计日志: the journal in Chinese (actions and targets by their labels, people by name), newest first, filtered by
 * actor, action (chosen from the list), target and date, sortable, exported to Excel. Read-only.
 */
@Controller
class AuditController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BeijingTime.ZONE);

    static final Spreadsheet<AuditLine> SHEET = Spreadsheet.of("审计日志", AuditLine.class)
            .time("时间", AuditLine::occurredAt)
            .text("操作人", AuditLine::actor)
            .text("操作", AuditLine::action)
            .text("对象", AuditLine::target)
            .text("摘要", AuditLine::summary)
            .text("变更前", AuditLine::before)
            .text("变更后", AuditLine::after)
            .text("来源地址", AuditLine::remoteAddr);

    private final AuditReader reader;
    private final Clock clock;

    AuditController(AuditReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String journal(AuditSearch search, HttpServletResponse response, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("actions", reader.labels().choices());
        model.addAttribute("targets", List.copyOf(reader.labels().targets().entrySet()));
        Page<Line> lines;
        try {
            lines = reader.page(query(search, true)).map(l -> new Line(l, TIME.format(l.occurredAt())));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchErrors", e.problems());
            lines = new Page<>(List.of(), 0, 0, 50);
        }
        model.addAttribute("lines", lines);
        return "audit/journal";
    }

    @GetMapping("/admin/audit/export")
    ResponseEntity<StreamingResponseBody> export(AuditSearch search) {
        return SHEET.download(
                "审计日志-" + BeijingTime.today(clock).toString().replace("-", ""), reader.export(query(search, false)));
    }

    /** @throws InvalidInputException naming every wrong field */
    static AuditQuery query(AuditSearch s, boolean paged) {
        SearchForm form = new SearchForm();
        LocalDate from = form.date(s.from(), "from", "日期（起）");
        LocalDate to = form.date(s.to(), "to", "日期（止）");
        // the journal shows 50 lines a page unless asked otherwise
        ListRequest list = form.list(
                paged ? s.page() : null,
                paged ? (s.size() == null || s.size().isBlank() ? "50" : s.size()) : null,
                s.sort(),
                s.dir(),
                AuditQuery.SORTS);
        form.range(from, to, "to", "日期");
        form.check();
        return new AuditQuery(
                clean(s.actor()),
                clean(s.action()),
                clean(s.targetType()),
                clean(s.targetId()),
                from,
                to,
                list.page().page(),
                list.size(),
                list.sort(),
                list.descending());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The journal's search form as the browser sends it. */
    record AuditSearch(
            String actor,
            String action,
            String targetType,
            String targetId,
            String from,
            String to,
            String page,
            String size,
            String sort,
            String dir) {}

    /** A line with its time in Beijing time, to the minute (2026-12-06 03:24). */
    record Line(AuditLine entry, String time) {}
}
