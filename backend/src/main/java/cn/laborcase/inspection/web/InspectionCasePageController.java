package cn.laborcase.inspection.web;

import cn.laborcase.cases.Attachments;
import cn.laborcase.inspection.InspectionCaseActions;
import cn.laborcase.inspection.InspectionCaseLabels;
import cn.laborcase.inspection.InspectionCaseListFilter;
import cn.laborcase.inspection.InspectionCaseListItem;
import cn.laborcase.inspection.InspectionCaseQueries;
import cn.laborcase.inspection.InspectionCaseView;
import cn.laborcase.organization.GridAdministration;
import cn.laborcase.organization.GridOption;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.Page;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The inspection case's pages: the list of the user's scope (search, sort, page, export) and the case page with its
 * deadlines, inspectors, workers, evidence, documents, open tasks and timeline. Actions are the case's tasks.
 */
@Controller
class InspectionCasePageController {

    private final InspectionCaseQueries cases;
    private final InspectionCaseActions actions;
    private final GridAdministration grids;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    InspectionCasePageController(
            InspectionCaseQueries cases,
            InspectionCaseActions actions,
            GridAdministration grids,
            CurrentUsers currentUsers,
            Clock clock) {
        this.cases = cases;
        this.actions = actions;
        this.grids = grids;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/inspection-cases")
    String list(InspectionCaseSearch search, HttpServletResponse response, Model model) {
        CurrentUser user = currentUsers.require();
        InspectionCaseListFilter filter;
        try {
            filter = search.filter(true);
        } catch (InvalidInputException e) {
            // the search form again, every wrong field named, with no rows
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchErrors", e.problems());
            return listPage(model, user, search, new Page<>(List.of(), 0, 0, 20));
        }
        return listPage(model, user, search, cases.page(user, filter));
    }

    /** The rows the same search finds, all of them (up to the export limit), as an .xlsx; journaled. */
    @GetMapping("/inspection-cases/export")
    ResponseEntity<StreamingResponseBody> export(InspectionCaseSearch search) {
        List<InspectionCaseListItem> rows = cases.export(currentUsers.require(), search.filter(false));
        return InspectionCaseSearch.SHEET.download(
                "监察案件-" + BeijingTime.today(clock).toString().replace("-", ""), rows);
    }

    @GetMapping("/inspection-cases/{id:\\d+}")
    String page(@PathVariable long id, Model model) {
        CurrentUser user = currentUsers.require();
        InspectionCaseView c = cases.get(user, id);
        model.addAttribute("c", c);
        model.addAttribute("actions", actions.optionsFor(user, id));
        model.addAttribute("breadcrumb", c.number());
        model.addAttribute("zone", BeijingTime.ZONE);
        return "inspection/case";
    }

    /** A file of the case's evidence, as a download under its own name; 404 outside the data scope. */
    @GetMapping("/inspection-cases/{id:\\d+}/evidence/{attachmentId:\\d+}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long attachmentId) {
        Attachments.AttachmentContent file = cases.evidence(currentUsers.require(), id, attachmentId);
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.attachment().contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.attachment().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private String listPage(
            Model model, CurrentUser user, InspectionCaseSearch search, Page<InspectionCaseListItem> page) {
        model.addAttribute("search", search);
        model.addAttribute("page", page);
        model.addAttribute("statuses", InspectionCaseLabels.STATUSES);
        model.addAttribute("origins", InspectionCaseLabels.ORIGINS);
        model.addAttribute("grids", gridsOf(user));
        model.addAttribute("zone", BeijingTime.ZONE);
        return "inspection/list";
    }

    /** The grids the filter offers: an inspector's or assistant's own, everybody else every active grid. */
    private List<GridOption> gridsOf(CurrentUser user) {
        return grids.options().stream()
                .filter(GridOption::active)
                .filter(g -> user.isAdmin()
                        || user.isLeader()
                        || user.gridCodes().isEmpty()
                        || user.gridCodes().contains(g.code()))
                .toList();
    }
}
