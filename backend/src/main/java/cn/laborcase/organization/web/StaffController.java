package cn.laborcase.organization.web;

import cn.laborcase.organization.CreateStaffRequest;
import cn.laborcase.organization.GridAdministration;
import cn.laborcase.organization.OfficeAdministration;
import cn.laborcase.organization.ResetPasswordRequest;
import cn.laborcase.organization.Role;
import cn.laborcase.organization.StaffAdministration;
import cn.laborcase.organization.StaffDetails;
import cn.laborcase.organization.StaffSearch;
import cn.laborcase.organization.StaffSummary;
import cn.laborcase.organization.UpdateStaffRequest;
import cn.laborcase.shared.ExportLimit;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.web.FormErrors;
import cn.laborcase.shared.web.Spreadsheet;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 人员管理: list, create, edit (roles and grids included), deactivate, reactivate, unlock, reset password. */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

    private static final String LIST = "organization/staff-list";
    private static final String FORM = "organization/staff-form";

    private final StaffAdministration staff;
    private final OfficeAdministration offices;
    private final GridAdministration grids;

    private final ExportLimit exportLimit;

    StaffController(
            StaffAdministration staff,
            OfficeAdministration offices,
            GridAdministration grids,
            ExportLimit exportLimit) {
        this.exportLimit = exportLimit;
        this.staff = staff;
        this.offices = offices;
        this.grids = grids;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long officeId,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        ListRequest list = ListRequest.of(page, size, sort, dir, StaffSearch.SORTS);
        StaffSearch search = new StaffSearch(
                officeId, role, text, active, list.page().page(), list.size(), list.sort(), list.descending());
        model.addAttribute("search", search);
        model.addAttribute("result", staff.search(search));
        model.addAttribute("offices", offices.all());
        model.addAttribute("roles", Role.values());
        return LIST;
    }

    /** The people the same search finds, all of them (up to the export limit), as an .xlsx; journaled. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) Long officeId,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        ListRequest list = ListRequest.of(null, null, sort, dir, StaffSearch.SORTS);
        StaffSearch search = new StaffSearch(officeId, role, text, active, 0, 1, list.sort(), list.descending());
        return SHEET.download("人员", staff.export(search, exportLimit.max()));
    }

    static final Spreadsheet<StaffSummary> SHEET = Spreadsheet.of("人员", StaffSummary.class)
            .text("姓名", StaffSummary::displayName)
            .text("机构", StaffSummary::officeName)
            .text("职务", StaffSummary::title)
            .text("电话", StaffSummary::maskedPhone)
            .text("角色", s -> s.roles().stream().map(Role::label).collect(Collectors.joining("、")))
            .text("状态", s -> (s.active() ? "在岗" : "已停用") + (s.locked() ? "（已锁定）" : ""))
            .time("最近登录", StaffSummary::lastLoginAt);

    @GetMapping("/new")
    String newStaff(Model model) {
        model.addAttribute("form", CreateStaffRequest.blank());
        return createPage(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CreateStaffRequest form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, model, response, () -> {
                    long id = staff.create(form);
                    redirect.addFlashAttribute(
                            "flashSuccess", "已新增人员 " + form.username() + "（" + form.displayName() + "）");
                    return "redirect:/admin/staff/" + id;
                })
                .orElseGet(() -> createPage(model));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        StaffDetails details = staff.get(id);
        model.addAttribute("form", details.toRequest());
        return editPage(model, details);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") UpdateStaffRequest form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, binding, () -> staff.update(id, form), "已保存");
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, null, () -> staff.deactivate(id, required(version)), "已停用");
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, null, () -> staff.reactivate(id, required(version)), "已启用");
    }

    @PostMapping("/{id}/unlock")
    String unlock(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, null, () -> staff.unlock(id, required(version)), "已解锁");
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @ModelAttribute("passwordForm") ResetPasswordRequest form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, model, response, redirect, binding, () -> staff.resetPassword(id, form), "已重置密码");
    }

    /**
     * Runs one change and goes back to the staff member's page: with a success message, or with the refused form
     * (400) or the conflict (409) shown on the page.
     */
    private String act(
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            BindingResult binding,
            Supplier<StaffDetails> change,
            String done) {
        Optional<String> view = FormErrors.submit(binding, model, response, () -> {
            StaffDetails after = change.get();
            redirect.addFlashAttribute("flashSuccess", done + "：" + after.displayName() + "（" + after.username() + "）");
            return "redirect:/admin/staff/" + id;
        });
        if (view.isPresent()) {
            return view.get();
        }
        StaffDetails current = staff.get(id);
        if (!(model.getAttribute("form") instanceof UpdateStaffRequest)) {
            model.addAttribute("form", current.toRequest());
        }
        return editPage(model, current);
    }

    private String createPage(Model model) {
        FormErrors.none(model);
        model.addAttribute("offices", offices.all());
        model.addAttribute("grids", grids.options());
        model.addAttribute("roles", Role.values());
        return FORM;
    }

    private String editPage(Model model, StaffDetails details) {
        FormErrors.none(model);
        model.addAttribute("staff", details);
        model.addAttribute("offices", offices.all());
        model.addAttribute("grids", grids.options());
        model.addAttribute("roles", Role.values());
        return FORM;
    }

    private static int required(Integer version) {
        if (version == null) {
            throw new InvalidInputException("version", "NotNull", "缺少版本号，请刷新页面后重试");
        }
        return version;
    }
}
