package cn.laborcase.organization.web;

import cn.laborcase.organization.CreateOfficeRequest;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OfficeAdministration;
import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.UpdateOfficeRequest;
import cn.laborcase.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 机构管理: the office tree, create, edit (name, short name, kind, parent, open/closed). */
@Controller
@RequestMapping("/admin/offices")
class OfficeController {

    private static final String FORM = "organization/office-form";

    private final OfficeAdministration offices;

    OfficeController(OfficeAdministration offices) {
        this.offices = offices;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("nodes", offices.tree());
        return "organization/office-list";
    }

    @GetMapping("/new")
    String newOffice(Model model) {
        model.addAttribute("form", CreateOfficeRequest.blank());
        return page(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CreateOfficeRequest form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, model, response, () -> {
                    long id = offices.create(form);
                    redirect.addFlashAttribute("flashSuccess", "已新增机构 " + form.code() + " " + form.name());
                    return "redirect:/admin/offices/" + id;
                })
                .orElseGet(() -> {
                    if (!(model.getAttribute("form") instanceof CreateOfficeRequest)) {
                        model.addAttribute("form", typedBack(request));
                    }
                    return page(model, null);
                });
    }

    /**
     * The form as typed, for a form whose values could not even be converted (a {@code parentId} of "abc"): the
     * record was not built then, and the page would fail on a missing form instead of naming the field.
     */
    private static CreateOfficeRequest typedBack(HttpServletRequest request) {
        OfficeKind kind = Arrays.stream(OfficeKind.values())
                .filter(k -> k.name().equals(request.getParameter("kind")))
                .findFirst()
                .orElse(null);
        return new CreateOfficeRequest(
                request.getParameter("code"),
                request.getParameter("name"),
                request.getParameter("shortName"),
                kind,
                request.getParameter("regionName"),
                null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Office office = offices.get(id);
        model.addAttribute("form", UpdateOfficeRequest.of(office));
        return page(model, office);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") UpdateOfficeRequest form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Optional<String> done = FormErrors.submit(binding, model, response, () -> {
            Office after = offices.update(id, form);
            redirect.addFlashAttribute("flashSuccess", "已保存机构 " + after.code() + " " + after.name());
            return "redirect:/admin/offices/" + id;
        });
        if (done.isPresent()) {
            return done.get();
        }
        Office current = offices.get(id);
        if (!(model.getAttribute("form") instanceof UpdateOfficeRequest)) {
            model.addAttribute("form", UpdateOfficeRequest.of(current));
        }
        return page(model, current);
    }

    private String page(Model model, Office office) {
        FormErrors.none(model);
        model.addAttribute("office", office);
        model.addAttribute("offices", offices.all());
        model.addAttribute("kinds", OfficeKind.values());
        return FORM;
    }
}
