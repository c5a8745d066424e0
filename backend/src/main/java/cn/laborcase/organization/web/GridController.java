package cn.laborcase.organization.web;

import cn.laborcase.organization.CreateGridRequest;
import cn.laborcase.organization.GridAdministration;
import cn.laborcase.organization.GridSummary;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OfficeAdministration;
import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.Role;
import cn.laborcase.organization.StaffAdministration;
import cn.laborcase.organization.StaffOption;
import cn.laborcase.organization.UpdateGridRequest;
import cn.laborcase.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 网格管理: grids per office with responsible inspector, members and employer count; create; edit. */
@Controller
@RequestMapping("/admin/grids")
class GridController {

    private static final String FORM = "organization/grid-form";

    private final GridAdministration grids;
    private final OfficeAdministration offices;
    private final StaffAdministration staff;

    GridController(GridAdministration grids, OfficeAdministration offices, StaffAdministration staff) {
        this.grids = grids;
        this.offices = offices;
        this.staff = staff;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long officeId, Model model) {
        model.addAttribute("grids", grids.list(officeId));
        model.addAttribute("offices", inspectionOffices());
        model.addAttribute("officeId", officeId);
        return "organization/grid-list";
    }

    /** Without an office the page asks for one first: the inspectors to choose from depend on it. */
    @GetMapping("/new")
    String newGrid(@RequestParam(required = false) Long officeId, Model model) {
        model.addAttribute("form", CreateGridRequest.blank(officeId));
        return createPage(model, officeId);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CreateGridRequest form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, model, response, () -> {
                    long id = grids.create(form);
                    redirect.addFlashAttribute("flashSuccess", "已新增网格 " + form.code() + " " + form.name());
                    return "redirect:/admin/grids/" + id;
                })
                .orElseGet(() -> createPage(model, form.officeId()));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        GridSummary grid = grids.get(id);
        model.addAttribute("form", grid.toRequest());
        return editPage(model, grid);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") UpdateGridRequest form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<String> done = FormErrors.submit(binding, model, response, () -> {
            GridSummary after = grids.update(id, form);
            redirect.addFlashAttribute("flashSuccess", "已保存网格 " + after.code() + " " + after.name());
            return "redirect:/admin/grids/" + id;
        });
        if (done.isPresent()) {
            return done.get();
        }
        GridSummary current = grids.get(id);
        if (!(model.getAttribute("form") instanceof UpdateGridRequest)) {
            model.addAttribute("form", current.toRequest());
        }
        return editPage(model, current);
    }

    private String createPage(Model model, Long officeId) {
        FormErrors.none(model);
        model.addAttribute("grid", null);
        model.addAttribute("offices", inspectionOffices());
        model.addAttribute("office", officeId == null ? null : offices.get(officeId));
        candidates(model, officeId, null);
        return FORM;
    }

    private String editPage(Model model, GridSummary grid) {
        FormErrors.none(model);
        model.addAttribute("grid", grid);
        model.addAttribute("office", offices.get(grid.officeId()));
        candidates(model, grid.officeId(), grid);
        return FORM;
    }

    /** The office's active inspectors and assistants, plus current members who have since been deactivated. */
    private void candidates(Model model, Long officeId, GridSummary grid) {
        List<StaffOption> inspectors =
                new ArrayList<>(officeId == null ? List.of() : staff.activeWithRole(officeId, Role.INSPECTOR));
        List<StaffOption> assistants =
                new ArrayList<>(officeId == null ? List.of() : staff.activeWithRole(officeId, Role.GRID_ASSISTANT));
        if (grid != null) {
            grid.inspectors().stream()
                    .filter(m -> inspectors.stream().noneMatch(o -> o.id() == m.staffId()))
                    .forEach(m -> inspectors.add(new StaffOption(m.staffId(), m.username(), m.displayName(), "已停用")));
            grid.assistants().stream()
                    .filter(m -> assistants.stream().noneMatch(o -> o.id() == m.staffId()))
                    .forEach(m -> assistants.add(new StaffOption(m.staffId(), m.username(), m.displayName(), "已停用")));
        }
        model.addAttribute("inspectors", inspectors);
        model.addAttribute("assistants", assistants);
    }

    private List<Office> inspectionOffices() {
        return offices.all().stream()
                .filter(o -> o.active() && o.kind() == OfficeKind.INSPECTION)
                .toList();
    }
}
