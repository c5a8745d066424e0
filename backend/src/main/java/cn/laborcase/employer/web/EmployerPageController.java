package cn.laborcase.employer.web;

import cn.laborcase.employer.EmployerChanges;
import cn.laborcase.employer.EmployerDetail;
import cn.laborcase.employer.EmployerDirectory;
import cn.laborcase.employer.EmployerFilter;
import cn.laborcase.employer.EmployerGrades;
import cn.laborcase.employer.EmployerImport;
import cn.laborcase.employer.EmployerRisk;
import cn.laborcase.employer.EmployerSummary;
import cn.laborcase.employer.Grade;
import cn.laborcase.employer.ImportReport;
import cn.laborcase.employer.RiskLevel;
import cn.laborcase.organization.GridAdministration;
import cn.laborcase.organization.GridOption;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's pages: the list of the user's scope (search, sort, export), the employer's page with its sections,
 * the edit form, the move to another grid, the grid assistant's risk report, grade decisions, the import page.
 */
@Controller
class EmployerPageController {

    private final EmployerDirectory directory;
    private final EmployerChanges changes;
    private final EmployerImport imports;
    private final EmployerRisk risk;
    private final EmployerGrades grades;
    private final GridAdministration grids;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    EmployerPageController(
            EmployerDirectory directory,
            EmployerChanges changes,
            EmployerImport imports,
            EmployerRisk risk,
            EmployerGrades grades,
            GridAdministration grids,
            CurrentUsers currentUsers,
            Clock clock) {
        this.directory = directory;
        this.changes = changes;
        this.imports = imports;
        this.risk = risk;
        this.grades = grades;
        this.grids = grids;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @InitBinder
    void refuseIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/employers")
    String list(EmployerSearch search, HttpServletResponse response, Model model) {
        Page<EmployerSummary> page;
        try {
            page = directory.page(currentUsers.require(), search.filter(true));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchErrors", e.problems());
            page = Page.of(
                    List.of(), 0, new PageRequest(0, EmployerFilter.all().list().size()));
        }
        model.addAttribute("search", search);
        model.addAttribute("page", page);
        model.addAttribute(
                "grids", grids.options().stream().filter(GridOption::active).toList());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("risks", RiskLevel.values());
        return "employer/list";
    }

    /** The rows the same search finds, all of them (up to the export limit), as an .xlsx; journalled. */
    @GetMapping("/employers/export")
    ResponseEntity<StreamingResponseBody> export(EmployerSearch search) {
        List<EmployerSummary> rows = directory.export(currentUsers.require(), search.filter(false));
        return EmployerSearch.SHEET.download(
                "用人单位名录-" + BeijingTime.today(clock).toString().replace("-", ""), rows);
    }

    @GetMapping("/employers/{creditCode}")
    String employer(@PathVariable String creditCode, Model model) {
        EmployerDetail detail = directory.detail(currentUsers.require(), creditCode);
        model.addAttribute("d", detail);
        model.addAttribute("e", detail.employer());
        model.addAttribute("zone", BeijingTime.ZONE);
        if (detail.rights().move()) {
            model.addAttribute(
                    "grids", grids.options().stream().filter(GridOption::active).toList());
        }
        return "employer/employer";
    }

    @GetMapping("/employers/{creditCode}/edit")
    String editForm(@PathVariable String creditCode, Model model) {
        EmployerDetail detail = directory.editable(currentUsers.require(), creditCode);
        return editPage(model, detail, EmployerForm.of(detail), List.of());
    }

    @PostMapping("/employers/{creditCode}/edit")
    String edit(
            @PathVariable String creditCode,
            EmployerForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            changes.edit(currentUsers.require(), creditCode, form.edit());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editPage(model, directory.editable(currentUsers.require(), creditCode), form, e.problems());
        }
        redirect.addFlashAttribute("flashSuccess", "已保存用人单位信息");
        return "redirect:/employers/" + creditCode;
    }

    private String editPage(Model model, EmployerDetail detail, EmployerForm form, List<FieldProblem> problems) {
        model.addAttribute("d", detail);
        model.addAttribute("e", detail.employer());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "employer/edit";
    }

    @PostMapping("/employers/{creditCode}/grid")
    String move(
            @PathVariable String creditCode,
            @RequestParam(required = false) String gridCode,
            @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        var moved = changes.move(currentUsers.require(), creditCode, gridCode, version);
        redirect.addFlashAttribute("flashSuccess", "已调整到" + moved.gridName());
        return "redirect:/employers/" + creditCode;
    }

    @PostMapping("/employers/{creditCode}/risk-reports")
    String reportRisk(
            @PathVariable String creditCode,
            @RequestParam(required = false) String detail,
            RedirectAttributes redirect) {
        RiskLevel level = risk.report(currentUsers.require(), creditCode, detail);
        redirect.addFlashAttribute("flashSuccess", "已记录风险报告，当前风险等级：" + level.label());
        return "redirect:/employers/" + creditCode;
    }

    @PostMapping("/employers/{creditCode}/grades/{id}/confirm")
    String confirmGrade(@PathVariable String creditCode, @PathVariable long id, RedirectAttributes redirect) {
        grades.confirm(creditCode, id, currentUsers.require());
        redirect.addFlashAttribute("flashSuccess", "已确认等级调整");
        return "redirect:/employers/" + creditCode;
    }

    @PostMapping("/employers/{creditCode}/grades/{id}/reject")
    String rejectGrade(@PathVariable String creditCode, @PathVariable long id, RedirectAttributes redirect) {
        grades.reject(creditCode, id, currentUsers.require());
        redirect.addFlashAttribute("flashSuccess", "已驳回等级调整建议");
        return "redirect:/employers/" + creditCode;
    }

    @GetMapping("/employers/grades")
    String pendingGrades(Model model) {
        model.addAttribute("proposals", grades.pending(currentUsers.require(), 200));
        model.addAttribute("zone", BeijingTime.ZONE);
        model.addAttribute("year", BeijingTime.today(clock).getYear());
        model.addAttribute("quarter", (BeijingTime.today(clock).getMonthValue() + 2) / 3);
        return "employer/grades";
    }

    /** The quarterly public listing of major violations (confirmed blacklist entries of a quarter) as an .xlsx. */
    @GetMapping("/employers/blacklist/export")
    ResponseEntity<StreamingResponseBody> listing(
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter) {
        var today = BeijingTime.today(clock);
        int y = year == null ? today.getYear() : year;
        int q = quarter == null ? (today.getMonthValue() + 2) / 3 : quarter;
        return EmployerSheets.LISTING.download(
                "重大劳动保障违法行为社会公布-" + y + "年第" + q + "季度", grades.quarter(currentUsers.require(), y, q));
    }

    @GetMapping("/employers/import")
    String importPage(Model model) {
        model.addAttribute("maxKb", imports.maxBytesFor(currentUsers.require()) / 1024);
        return "employer/import";
    }

    @PostMapping("/employers/import")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletResponse response,
            Model model)
            throws IOException {
        model.addAttribute("maxKb", imports.maxBytes() / 1024);
        try {
            byte[] bytes;
            if (file == null) {
                bytes = new byte[0];
            } else {
                try (InputStream in = file.getInputStream()) {
                    bytes = in.readNBytes(imports.maxBytes() + 1);
                }
            }
            ImportReport report = imports.importCsv(currentUsers.require(), bytes);
            model.addAttribute("report", report);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        }
        return "employer/import";
    }
}
