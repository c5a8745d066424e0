package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AcceptanceDecision;
import cn.laborcase.arbitration.ApplicationPrefill;
import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationCaseView;
import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.ArbitrationSources;
import cn.laborcase.arbitration.ArbitrationStatus;
import cn.laborcase.arbitration.RegisteredApplication;
import cn.laborcase.arbitration.SupplementCompletion;
import cn.laborcase.arbitration.SupplementRequest;
import cn.laborcase.cases.CaseHeader;
import cn.laborcase.cases.CaseParty;
import cn.laborcase.cases.ClaimType;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee's pages: registration (立案窗口), the case list (the director's view) and the case page. */
@Controller
class ArbitrationPageController {

    private final ArbitrationRegistration registration;
    private final ApplicationReview review;
    private final ArbitrationQueries queries;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final ArbitrationSources sources;

    ArbitrationPageController(
            ArbitrationRegistration registration,
            ApplicationReview review,
            ArbitrationQueries queries,
            CurrentUsers currentUsers,
            Clock clock,
            ArbitrationSources sources) {
        this.registration = registration;
        this.review = review;
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.clock = clock;
        this.sources = sources;
    }

    @GetMapping("/arbitration/applications/new")
    String form(
            @RequestParam(name = "fromMediation", required = false) Long fromMediation,
            @RequestParam(name = "fromComplaint", required = false) Long fromComplaint,
            Model model) {
        FormErrors.none(model);
        String now = LocalDateTime.now(clock.withZone(BeijingTime.ZONE))
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        ApplicationPrefill prefill = fromMediation != null
                ? sources.fromMediation(currentUsers.require(), fromMediation)
                : fromComplaint != null ? sources.fromComplaint(currentUsers.require(), fromComplaint) : null;
        model.addAttribute("fromMediation", fromMediation);
        model.addAttribute("fromComplaint", fromMediation != null ? null : fromComplaint);
        model.addAttribute("source", prefill == null ? null : prefill.source());
        return page(
                model,
                prefill == null ? ApplicationForm.empty(now) : ApplicationForm.prefilled(now, prefill),
                UUID.randomUUID().toString());
    }

    @PostMapping("/arbitration/applications/new")
    String register(
            @ModelAttribute ApplicationForm form,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey,
            @RequestParam(name = "fromMediation", required = false) Long fromMediation,
            @RequestParam(name = "fromComplaint", required = false) Long fromComplaint,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("fromMediation", fromMediation);
        model.addAttribute("fromComplaint", fromComplaint);
        try {
            RegisteredApplication r = sources.register(
                    currentUsers.require(),
                    form.toRequest(),
                    idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey,
                    fromMediation,
                    fromComplaint);
            redirect.addFlashAttribute(
                    "flashSuccess", "已登记收件 " + r.receiptNumber() + "，已出具收件回执；受理审查期限至 " + r.acceptanceDueDate());
            return "redirect:/arbitration/cases/" + r.id();
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            return page(model, form, idempotencyKey);
        }
    }

    private String page(Model model, ApplicationForm form, String key) {
        model.addAttribute("form", form);
        model.addAttribute(
                "rows",
                java.util.stream.IntStream.range(0, ApplicationForm.ROWS)
                        .boxed()
                        .toList());
        model.addAttribute("claimTypes", Arrays.asList(ClaimType.values()));
        model.addAttribute("idempotencyKey", key);
        return "arbitration/new";
    }

    @GetMapping("/arbitration/cases/{id:\\d+}")
    String page(@PathVariable long id, Model model) {
        return show(queries, clock, currentUsers.require(), id, model);
    }

    /** The case page for this user, with the forms the user may use; also where a refused form goes back to. */
    static String show(ArbitrationQueries queries, Clock clock, CurrentUser user, long id, Model model) {
        FormErrors.none(model);
        ArbitrationCaseView c = queries.get(user, id);
        model.addAttribute("c", c);
        model.addAttribute("zone", cn.laborcase.shared.BeijingTime.ZONE);
        model.addAttribute("breadcrumb", c.number());
        model.addAttribute(
                "header",
                new CaseHeader(
                        cn.laborcase.shared.CaseRef.of(cn.laborcase.shared.CaseType.ARBITRATION_CASE, id),
                        c.number(),
                        c.statusLabel(),
                        c.headerDeadlines()));
        List<CaseParty> parties = new ArrayList<>();
        c.applicants().forEach(p -> parties.add(p.asCaseParty(p.representative() ? "申请人（代表人）" : "申请人")));
        c.respondents().forEach(p -> parties.add(p.asCaseParty("被申请人")));
        c.agents().forEach(p -> parties.add(p.asCaseParty("委托代理人（" + p.authority() + "）")));
        model.addAttribute("parties", parties);
        boolean desk = user.has(Role.INTAKE_CLERK) || user.has(Role.COMMITTEE_DIRECTOR);
        model.addAttribute("canRequestSupplement", desk && c.status() == ArbitrationStatus.RECEIVED);
        model.addAttribute("canCompleteSupplement", desk && c.status() == ArbitrationStatus.AWAITING_SUPPLEMENT);
        model.addAttribute("canDecide", user.has(Role.COMMITTEE_DIRECTOR) && c.status() == ArbitrationStatus.RECEIVED);
        model.addAttribute("today", BeijingTime.today(clock).toString());
        boolean open = c.status() == ArbitrationStatus.ACCEPTED || c.status() == ArbitrationStatus.TRIBUNAL_COMPOSED;
        boolean member = c.tribunal() != null
                && c.tribunal().members().stream().anyMatch(m -> m.username().equals(user.username()));
        boolean director = user.has(Role.COMMITTEE_DIRECTOR);
        boolean paused = c.award() != null
                && c.award().awardPeriod() != null
                && c.award().awardPeriod().paused();
        model.addAttribute("canAward", member && c.status() == ArbitrationStatus.TRIBUNAL_COMPOSED && !paused);
        model.addAttribute("canSuspend", (member || director) && open && !paused);
        model.addAttribute("canResume", (member || director) && open && paused);
        model.addAttribute("canExtend", director && open && !paused);
        // 法 §40: the applicant may withdraw before the decision on acceptance too (the director records it then)
        boolean beforeAcceptance =
                c.status() == ArbitrationStatus.RECEIVED || c.status() == ArbitrationStatus.AWAITING_SUPPLEMENT;
        model.addAttribute("canWithdraw", ((member || director) && open) || (director && beforeAcceptance));
        // 法 §36 (按撤回处理) needs a hearing the applicant was summoned to: only once the case is accepted
        model.addAttribute("canTreatAsWithdrawn", (member || director) && open);
        // 法 §42: the tribunal makes the 调解书 (one per case), before its award
        model.addAttribute(
                "canMediate",
                member
                        && c.status() == ArbitrationStatus.TRIBUNAL_COMPOSED
                        && (c.award() == null || c.award().mediation() == null));
        // 追加当事人, 变更仲裁请求, 受移送 (办案规则 §46): the tribunal or the director, while the case is open
        model.addAttribute("canChange", (member || director) && open);
        model.addAttribute("claimTypes", Arrays.asList(ClaimType.values()));
        return "arbitration/case";
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/supplement-requests")
    String requestSupplement(
            @PathVariable long id,
            @RequestParam(name = "items", required = false) String items,
            RedirectAttributes redirect) {
        List<String> lines = items == null
                ? List.of()
                : items.lines().filter(l -> !l.isBlank()).toList();
        return act(
                id,
                redirect,
                "已出具补正通知书",
                () -> review.requestSupplement(currentUsers.require(), id, new SupplementRequest(lines)));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/supplement-completion")
    String completeSupplement(
            @PathVariable long id,
            @RequestParam(name = "completedOn", required = false) String on,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "已登记补正，受理审查期限重新计算",
                () -> review.completeSupplement(currentUsers.require(), id, new SupplementCompletion(on)));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/acceptance")
    String decide(
            @PathVariable long id,
            @RequestParam(name = "decision", required = false) String decision,
            @RequestParam(name = "reasons", required = false) String reasons,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "REFUSE".equals(decision) ? "已决定不予受理，已出具不予受理通知书" : "已受理，已出具受理通知书",
                () -> review.decide(currentUsers.require(), id, new AcceptanceDecision(decision, reasons)));
    }

    /** A change from the case page: back to the page with the outcome, or with the refusal's message. */
    private static String act(long id, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flashSuccess", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    e.problems().stream()
                            .map(p -> p.message())
                            .reduce((a, b) -> a + "；" + b)
                            .orElse(e.getMessage()));
        } catch (DomainException e) {
            if (e instanceof cn.laborcase.shared.NotFoundException
                    || e instanceof cn.laborcase.shared.ForbiddenException) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/arbitration/cases/" + id;
    }
}
