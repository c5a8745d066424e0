package cn.laborcase.emergency.web;

import cn.laborcase.emergency.ReportIncidentRequest;
import cn.laborcase.emergency.ReportedIncident;
import cn.laborcase.emergency.WageIncidents;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 报告欠薪事件: the report form of staff (the same checks as the API; the report time typed in Beijing time). */
@Controller
class NewIncidentController {

    private final WageIncidents incidents;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    NewIncidentController(WageIncidents incidents, CurrentUsers currentUsers, Clock clock) {
        this.incidents = incidents;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/wage-incidents/new")
    String form(Model model) {
        FormErrors.none(model);
        String now = LocalDateTime.now(clock.withZone(BeijingTime.ZONE))
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        model.addAttribute("form", new Form(null, null, null, null, null, null, null, null, null, now, null));
        return "emergency/new";
    }

    @PostMapping("/wage-incidents/new")
    String report(@ModelAttribute Form form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ReportedIncident r = incidents.report(currentUsers.require(), form.toRequest());
            redirect.addFlashAttribute(
                    "flashSuccess", r.approvalDueAt() == null ? "事件已报告：未达应急标准，按紧急监察案件办理" : "事件已报告，已提请科长审批启动应急处置");
            return "redirect:/wage-incidents/" + r.id();
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            model.addAttribute("form", form);
            return "emergency/new";
        }
    }

    /** The form as typed; the report time in Beijing time (datetime-local). */
    record Form(
            String creditCode,
            String employerName,
            String employerAddress,
            String place,
            String workersAffected,
            String amountOwed,
            String arrearsPeriod,
            Boolean employerAbsconded,
            Boolean groupPetition,
            String reportedAt,
            String description) {

        ReportIncidentRequest toRequest() {
            return new ReportIncidentRequest(
                    new ReportIncidentRequest.EmployerRequest(creditCode, employerName, employerAddress, null, null),
                    place,
                    workersAffected,
                    amountOwed,
                    arrearsPeriod,
                    employerAbsconded,
                    groupPetition,
                    beijingToOffset(reportedAt),
                    description);
        }

        /** 2026-12-06T09:30 (Beijing) → 2026-12-06T09:30+08:00; anything else is passed on to be named as wrong. */
        private static String beijingToOffset(String local) {
            if (local == null || local.isBlank()) {
                return local;
            }
            try {
                return LocalDateTime.parse(local.strip())
                        .atZone(BeijingTime.ZONE)
                        .toOffsetDateTime()
                        .toString();
            } catch (DateTimeParseException e) {
                return local;
            }
        }
    }
}
