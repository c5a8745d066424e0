package cn.laborcase.inspection.web;

import cn.laborcase.inspection.InspectionCaseListItem;
import cn.laborcase.inspection.InspectionCaseQueries;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/inspection-cases}: the inspection case for integrations and tests (number, origin with its complaints,
 * employer, grid, status, inspectors, every deadline, documents, timeline) and the list with the page's filters.
 * Actions on a case go through the task API. docs/inspection.md has an example.
 */
@RestController
@RequestMapping("/api/inspection-cases")
class InspectionCaseApiController {

    private final InspectionCaseQueries cases;
    private final CurrentUsers currentUsers;

    InspectionCaseApiController(InspectionCaseQueries cases, CurrentUsers currentUsers) {
        this.cases = cases;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/{id:\\d+}")
    InspectionCaseJson get(@PathVariable long id) {
        return InspectionCaseJson.of(cases.get(currentUsers.require(), id));
    }

    /** The list with the page's filters ({@code number, employer, status, origin, grid, from, to, page, size, sort, dir}). */
    @GetMapping
    Page<InspectionCaseListItem> list(InspectionCaseSearch search) {
        return cases.page(currentUsers.require(), search.filter(true));
    }
}
