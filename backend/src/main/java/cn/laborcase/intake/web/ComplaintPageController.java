package cn.laborcase.intake.web;

import cn.laborcase.intake.Channel;
import cn.laborcase.intake.ComplaintCategory;
import cn.laborcase.intake.ComplaintFilter;
import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintKind;
import cn.laborcase.intake.ComplaintRegistration;
import cn.laborcase.intake.ComplaintStatus;
import cn.laborcase.intake.ComplaintSummary;
import cn.laborcase.intake.ComplaintValidation;
import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.Registration;
import cn.laborcase.organization.GridAdministration;
import cn.laborcase.organization.GridOption;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.web.FormErrors;
import cn.laborcase.shared.web.FormRows;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake desk's pages: the registration form (validation as the clerk types, errors next to the fields), the
 * complaint list of the user's scope, and the complaint page with its timeline.
 */
@Controller
class ComplaintPageController {

    private final ComplaintRegistration registration;
    private final Complaints complaints;
    private final GridAdministration grids;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ComplaintPageController(
            ComplaintRegistration registration,
            Complaints complaints,
            GridAdministration grids,
            CurrentUsers currentUsers,
            Clock clock) {
        this.clock = clock;
        this.registration = registration;
        this.complaints = complaints;
        this.grids = grids;
        this.currentUsers = currentUsers;
    }

    @InitBinder
    void refuseIds(WebDataBinder binder, HttpServletRequest request) {
        binder.setDisallowedFields("id");
        // a large collective complaint lists many workers
        binder.setAutoGrowCollectionLimit(ComplaintValidation.MAX_COMPLAINANTS_IN_FORM);
        // rows that skip, repeat or overflow would fail inside the binder: refused before it runs, naming the field
        if ("registrationForm".equals(binder.getObjectName())) {
            List<FieldProblem> rows = FormRows.problemsOf(
                    request.getParameterMap(), "complainants", ComplaintValidation.MAX_COMPLAINANTS_IN_FORM);
            if (!rows.isEmpty()) {
                throw new InvalidInputException(rows);
            }
        }
    }

    @GetMapping("/complaints")
    String list(ComplaintSearch search, HttpServletResponse response, Model model) {
        ComplaintFilter filter;
        try {
            filter = search.filter(true);
        } catch (InvalidInputException e) {
            // the search form again, every wrong field named, with no rows
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchErrors", e.problems());
            filter = new ComplaintFilter(null, null, 0, 0);
            return listPage(model, search, Page.of(List.of(), 0, filter.list().page()));
        }
        try {
            return listPage(model, search, complaints.page(currentUsers.require(), filter));
        } catch (InvalidInputException e) {
            if (e.problems().stream().allMatch(p -> p.field().equals("idNumber"))) {
                model.addAttribute("idNumberError", e.problems().get(0).message());
                return listPage(
                        model, search, complaints.page(currentUsers.require(), new ComplaintFilter(null, null, 0, 0)));
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchErrors", e.problems());
            return listPage(model, search, Page.of(List.of(), 0, filter.list().page()));
        }
    }

    /** The rows the same search finds, all of them (up to the export limit), as an .xlsx; audited. */
    @GetMapping("/complaints/export")
    ResponseEntity<StreamingResponseBody> export(ComplaintSearch search) {
        List<ComplaintSummary> rows = complaints.export(currentUsers.require(), search.filter(false));
        return ComplaintSearch.SHEET.download(
                "举报投诉-" + BeijingTime.today(clock).toString().replace("-", ""), rows);
    }

    private String listPage(Model model, ComplaintSearch search, Page<ComplaintSummary> page) {
        model.addAttribute("search", search);
        model.addAttribute("page", page);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("zone", BeijingTime.ZONE);
        return "intake/list";
    }

    @GetMapping("/complaints/new")
    String newComplaint(Model model) {
        return form(model, RegistrationForm.blank(clock), Map.of());
    }

    /**
     * @param idempotencyKey generated when the form was rendered: a double-clicked submit registers once and shows the
     *     same complaint
     */
    @PostMapping("/complaints")
    String register(
            RegistrationForm form,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Registration result = registration.register(
                    currentUsers.require(), form.toRequest(Instant.now(clock)), blankToNull(idempotencyKey));
            redirect.addFlashAttribute("flashSuccess", message(result));
            redirect.addFlashAttribute("warnings", result.warnings());
            return "redirect:/complaints/" + result.id();
        } catch (InvalidInputException e) {
            // the shared page rule: 400, each message next to its field; the same key, so a second click stays one
            FormErrors.invalid(model, response, e);
            model.addAttribute("idempotencyKey", blankToNull(idempotencyKey));
            return form(model, form.compacted(), null);
        }
    }

    /** htmx: the check of one field as the clerk types; answers the message element next to it. */
    @GetMapping("/complaints/validate")
    String validate(HttpServletRequest request, Model model) {
        Optional<Map.Entry<String, String[]>> field = request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("_"))
                .findFirst();
        model.addAttribute(
                "message",
                field.flatMap(f -> registration.problemOfField(
                                f.getKey(), f.getValue().length == 0 ? null : f.getValue()[0]))
                        .orElse(null));
        return "intake/fragments :: fieldError";
    }

    /**
     * htmx: the warning shown before the desk confirms, when an open complaint about the same employer and matter
     * exists: "本件将并入 东湖投诉〔2026〕4号" (the number only if the clerk may see that complaint).
     */
    @GetMapping("/complaints/merge-preview")
    String mergePreview(
            @RequestParam(name = "employer.creditCode", required = false) String creditCode,
            @RequestParam(required = false) String category,
            Model model) {
        model.addAttribute(
                "mergeTarget",
                registration
                        .mergePreview(currentUsers.require(), creditCode, category)
                        .orElse(null));
        return "intake/fragments :: mergePreview";
    }

    /** htmx: the employer block of the form for the credit code typed: the registered employer, or fields to add one. */
    @GetMapping("/complaints/employer")
    String employer(RegistrationForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        addEmployerModel(model, form);
        return "intake/new :: employer";
    }

    @GetMapping("/complaints/{id}")
    String complaint(@PathVariable long id, Model model) {
        model.addAttribute("c", complaints.get(currentUsers.require(), new ComplaintId(id)));
        model.addAttribute("zone", BeijingTime.ZONE);
        return "intake/complaint";
    }

    /** Shows the complainants unmasked (audited); with htmx only their table. */
    @PostMapping("/complaints/{id}/reveal")
    String reveal(
            @PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = currentUsers.require();
        model.addAttribute("revealed", complaints.reveal(user, new ComplaintId(id)));
        model.addAttribute("c", complaints.get(user, new ComplaintId(id)));
        model.addAttribute("zone", BeijingTime.ZONE);
        return htmx != null ? "intake/complaint :: complainants" : "intake/complaint";
    }

    private String form(Model model, RegistrationForm form, Map<String, String> errors) {
        if (form.complainants().isEmpty()) {
            form.complainants().add(RegistrationForm.ComplainantForm.empty());
        }
        model.addAttribute("form", form);
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        if (!model.containsAttribute("idempotencyKey") || model.getAttribute("idempotencyKey") == null) {
            model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        }
        model.addAttribute(
                "mergeTarget",
                registration
                        .mergePreview(currentUsers.require(), form.employer().creditCode(), form.category())
                        .orElse(null));
        model.addAttribute("kinds", ComplaintKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("today", BeijingTime.today(clock));
        addEmployerModel(model, form);
        return "intake/new";
    }

    private void addEmployerModel(Model model, RegistrationForm form) {
        String code = form.employer().creditCode();
        model.addAttribute(
                "creditCodeProblem",
                code == null || code.isBlank()
                        ? null
                        : registration
                                .problemOfField("employer.creditCode", code)
                                .orElse(null));
        model.addAttribute("found", registration.lookupEmployer(code).orElse(null));
        model.addAttribute(
                "grids", grids.options().stream().filter(GridOption::active).toList());
    }

    private static String message(Registration r) {
        if (r.merged() && r.existingNumber() == null) {
            return "该用人单位同一事项已有在办案件，本次登记" + r.notice();
        }
        if (r.merged()) {
            return "该用人单位同一事项已有在办案件，本次登记已并入 " + r.existingNumber() + "，投诉人已加入该件";
        }
        return "已登记 " + r.number() + "，受理审查期限 " + r.acceptanceDueDate() + "，分流："
                + r.route().label();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null
                ? null
                : Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equals(value))
                        .findFirst()
                        .orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static int number(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
