package cn.laborcase.mediation.web;

import cn.laborcase.cases.ClaimType;
import cn.laborcase.mediation.AgreementRequest;
import cn.laborcase.mediation.ClaimRequest;
import cn.laborcase.mediation.ConfirmationRequest;
import cn.laborcase.mediation.MediationCaseView;
import cn.laborcase.mediation.MediationCases;
import cn.laborcase.mediation.MediationQueries;
import cn.laborcase.mediation.MediationStatus;
import cn.laborcase.mediation.MediationWork;
import cn.laborcase.mediation.PartyRequest;
import cn.laborcase.mediation.RegisterMediationRequest;
import cn.laborcase.mediation.RegisterReferredRequest;
import cn.laborcase.mediation.RegisteredMediation;
import cn.laborcase.mediation.RespondentRequest;
import cn.laborcase.mediation.SessionRequest;
import cn.laborcase.mediation.TerminationRequest;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mediation pages: the list, the registration form (one applicant and one claim item on the page; the API takes
 * many), the case page with the mediator's forms. Every form goes through the same services as the API.
 */
@Controller
class MediationPageController {

    static final int LIST_SIZE = 200;

    private final MediationCases cases;
    private final MediationWork work;
    private final MediationQueries queries;
    private final CurrentUsers currentUsers;
    private final cn.laborcase.mediation.MediationServiceRecords serviceRecords;
    private final cn.laborcase.mediation.MediationReview review;

    MediationPageController(
            MediationCases cases,
            MediationWork work,
            MediationQueries queries,
            CurrentUsers currentUsers,
            cn.laborcase.mediation.MediationServiceRecords serviceRecords,
            cn.laborcase.mediation.MediationReview review) {
        this.review = review;
        this.serviceRecords = serviceRecords;
        this.cases = cases;
        this.work = work;
        this.queries = queries;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/mediation/cases")
    String list(Model model) {
        model.addAttribute("cases", queries.list(currentUsers.require(), LIST_SIZE));
        return "mediation/list";
    }

    @GetMapping("/mediation/cases/new")
    String form(Model model) {
        FormErrors.none(model);
        model.addAttribute(
                "form", new CaseForm(null, null, null, null, null, null, null, null, null, null, null, null));
        model.addAttribute("claimTypes", ClaimType.values());
        return "mediation/new";
    }

    @PostMapping("/mediation/cases/new")
    String register(
            @ModelAttribute CaseForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            RegisteredMediation r = cases.register(currentUsers.require(), null, form.toRequest());
            redirect.addFlashAttribute("flashSuccess", "调解申请已登记，编号 " + r.number() + "，" + r.dueDate() + " 前调解");
            return "redirect:/mediation/cases/" + r.id();
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            model.addAttribute("form", form);
            model.addAttribute("claimTypes", ClaimType.values());
            return "mediation/new";
        }
    }

    @GetMapping("/mediation/cases/{id:\\d+}")
    String page(@PathVariable long id, Model model) {
        return show(currentUsers.require(), id, model);
    }

    @PostMapping("/mediation/cases/{id:\\d+}/registration")
    String registerReferred(
            @PathVariable long id,
            @ModelAttribute ReferredForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "registration", "已登记，开始调解", model, response, redirect, user -> {
            cases.registerReferred(user, id, form.toRequest());
            return null;
        });
    }

    @PostMapping("/mediation/cases/{id:\\d+}/sessions")
    String session(
            @PathVariable long id,
            @ModelAttribute SessionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "session", "已记录调解情况", model, response, redirect, user -> {
            work.recordSession(user, id, form.toRequest());
            return null;
        });
    }

    /** 送达回证 of one of the case's documents on one party, by the methods that need no upload (直接, 电子, 留置, 公告). */
    @PostMapping("/mediation/cases/{id:\\d+}/documents/{documentId:\\d+}/service")
    String service(
            @PathVariable long id,
            @PathVariable long documentId,
            @ModelAttribute ServiceForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "service-" + documentId, "已记录送达，送达回证已出具", model, response, redirect, user -> {
            serviceRecords.record(user, id, documentId, form.toRequest());
            return null;
        });
    }

    @PostMapping("/mediation/cases/{id:\\d+}/agreement")
    String agreement(
            @PathVariable long id,
            @ModelAttribute AgreementForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "agreement", "已记录调解协议，调解协议书随即出具", model, response, redirect, user -> {
            work.recordAgreement(user, id, form.toRequest());
            return null;
        });
    }

    @PostMapping("/mediation/cases/{id:\\d+}/termination")
    String terminate(
            @PathVariable long id,
            @ModelAttribute TerminationForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "termination", "已终止调解，终止调解通知书随即出具", model, response, redirect, user -> {
            work.terminate(user, id, form.toRequest());
            return null;
        });
    }

    @PostMapping("/mediation/cases/{id:\\d+}/confirmation")
    String confirmation(
            @PathVariable long id,
            @ModelAttribute ConfirmationForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "confirmation", "已记录双方共同申请仲裁审查", model, response, redirect, user -> {
            work.requestConfirmation(user, id, form.toRequest());
            return null;
        });
    }

    @PostMapping("/mediation/cases/{id:\\d+}/correction")
    String correction(
            @PathVariable long id,
            @ModelAttribute CorrectionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "correction", "已更正当事人信息和调解请求", model, response, redirect, user -> {
            cases.correct(user, id, form.toRequest());
            return null;
        });
    }

    @PostMapping("/mediation/cases/{id:\\d+}/review/assignment")
    String assignReviewer(
            @PathVariable long id,
            @ModelAttribute AssignmentForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "assignment", "已指定审查仲裁员", model, response, redirect, user -> {
            review.assign(user, id, form.toRequest());
            return null;
        });
    }

    @PostMapping("/mediation/cases/{id:\\d+}/review")
    String decideReview(
            @PathVariable long id,
            @ModelAttribute ReviewForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "review", "已作出仲裁审查决定，文书已出具", model, response, redirect, user -> {
            review.decide(user, id, form.toRequest());
            return null;
        });
    }

    private String show(CurrentUser user, long id, Model model) {
        MediationCaseView c = queries.get(user, id);
        FormErrors.none(model);
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
        }
        boolean mediator = queries.isMediator(user, id);
        model.addAttribute("c", c);
        model.addAttribute("timeline", queries.timeline(user, id));
        model.addAttribute("claimTypes", ClaimType.values());
        model.addAttribute("canRegister", c.status() == MediationStatus.REFERRED && user.has(Role.MEDIATOR));
        model.addAttribute("canMediate", c.status() == MediationStatus.REGISTERED && mediator);
        model.addAttribute("canConfirm", c.status() == MediationStatus.AGREED && mediator);
        model.addAttribute("canServe", mediator);
        model.addAttribute("canCorrect", c.status() == MediationStatus.REGISTERED && mediator);
        boolean director = user.has(Role.COMMITTEE_DIRECTOR) && queries.isCommitteeDirector(user, id);
        boolean pendingReview = c.status() == MediationStatus.CONFIRMATION_REQUESTED && c.review() != null;
        model.addAttribute("canAssignReviewer", pendingReview && director);
        model.addAttribute("canReview", pendingReview && (director || queries.isReviewer(user, id)));
        model.addAttribute("canServeCommittee", director || queries.isReviewer(user, id));
        model.addAttribute(
                "arbitrators", pendingReview && director ? review.arbitrators(queries.officeCode(id)) : List.of());
        // 调解不成 (调解仲裁法 §14): the committee's 立案窗口 or director registers the arbitration application,
        // pre-filled by the arbitration track from this case (a plain link: mediation knows nothing of arbitration)
        model.addAttribute(
                "canApplyForArbitration",
                (c.status() == MediationStatus.FAILED || c.status() == MediationStatus.TERMINATED)
                        && (user.has(Role.INTAKE_CLERK) || user.has(Role.COMMITTEE_DIRECTOR)));
        return "mediation/case";
    }

    private String act(
            long id,
            String form,
            String success,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Function<CurrentUser, Void> change) {
        CurrentUser user = currentUsers.require();
        try {
            change.apply(user);
            redirect.addFlashAttribute("flashSuccess", success);
            return "redirect:/mediation/cases/" + id;
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            model.addAttribute("failed", form);
        } catch (ConflictException e) {
            FormErrors.refused(model, response, HttpServletResponse.SC_CONFLICT, e);
        }
        return show(user, id, model);
    }

    /** The registration form as typed: one applicant and one claim item. */
    record CaseForm(
            String appliedOn,
            String applicantName,
            String applicantIdNumber,
            String applicantPhone,
            String applicantAddress,
            String respondentCreditCode,
            String respondentName,
            String respondentAddress,
            String claimType,
            String claimAmount,
            String claimDescription,
            String facts) {

        RegisterMediationRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate applied = date("appliedOn", "申请日期", appliedOn, problems);
            BigDecimal amount = amount("claims[0].amount", "请求金额", claimAmount, problems);
            check(problems);
            return new RegisterMediationRequest(
                    applied,
                    List.of(new PartyRequest(applicantName, applicantIdNumber, applicantPhone, applicantAddress)),
                    new RespondentRequest(respondentCreditCode, respondentName, respondentAddress),
                    List.of(new ClaimRequest(claimType, amount, claimDescription)),
                    facts);
        }
    }

    /** Registering a referred case: the day of the application; an applicant only where none was carried over. */
    record ReferredForm(
            String appliedOn,
            String applicantName,
            String applicantIdNumber,
            String applicantPhone,
            String applicantAddress) {

        RegisterReferredRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate applied = date("appliedOn", "申请日期", appliedOn, problems);
            check(problems);
            boolean applicant = applicantName != null && !applicantName.isBlank();
            return new RegisterReferredRequest(
                    applied,
                    applicant
                            ? List.of(new PartyRequest(
                                    applicantName, applicantIdNumber, applicantPhone, applicantAddress))
                            : List.of(),
                    List.of());
        }
    }

    record SessionForm(String heldOn, String place, String attendees, String notes) {

        SessionRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate held = date("heldOn", "调解日期", heldOn, problems);
            check(problems);
            return new SessionRequest(held, place, attendees, notes);
        }
    }

    record ServiceForm(
            String recipientId,
            String method,
            String servedOn,
            String servedHour,
            String place,
            String receiverName,
            String signerRelation,
            String witness1,
            String witness2,
            String noticeMedium,
            String server,
            String note) {

        cn.laborcase.documents.ServiceRecordRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate on = date("servedOn", "送达日期", servedOn, problems);
            Long recipient = null;
            Integer hour = null;
            cn.laborcase.documents.ServiceMethod how = null;
            try {
                recipient = recipientId == null || recipientId.isBlank() ? null : Long.valueOf(recipientId.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("recipientId", "Invalid", "请选择受送达人"));
            }
            try {
                hour = servedHour == null || servedHour.isBlank() ? null : Integer.valueOf(servedHour.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("servedHour", "Invalid", "送达时间应为0—23时"));
            }
            if (method != null && !method.isBlank()) {
                try {
                    how = cn.laborcase.documents.ServiceMethod.valueOf(method.strip());
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("method", "Invalid", "请选择送达方式"));
                }
            }
            check(problems);
            return new cn.laborcase.documents.ServiceRecordRequest(
                    recipient,
                    how,
                    on,
                    hour,
                    place,
                    receiverName,
                    signerRelation,
                    null,
                    null,
                    witness1,
                    witness2,
                    noticeMedium,
                    server,
                    note);
        }
    }

    record AgreementForm(String signedOn, String itemType, String itemAmount, String itemDescription, String terms) {

        AgreementRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate signed = date("signedOn", "协议签署日期", signedOn, problems);
            BigDecimal amount = amount("items[0].amount", "协议金额", itemAmount, problems);
            check(problems);
            return new AgreementRequest(signed, List.of(new ClaimRequest(itemType, amount, itemDescription)), terms);
        }
    }

    record TerminationForm(String endedOn, String reason) {

        TerminationRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate ended = date("endedOn", "终止日期", endedOn, problems);
            check(problems);
            return new TerminationRequest(ended, reason);
        }
    }

    record ConfirmationForm(String appliedOn, String note) {

        ConfirmationRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate applied = date("appliedOn", "共同申请日期", appliedOn, problems);
            check(problems);
            return new ConfirmationRequest(applied, note);
        }
    }

    /** A correction as typed: one applicant and one claim item replace the case's (the API takes many). */
    record CorrectionForm(
            String version,
            String applicantName,
            String applicantIdNumber,
            String applicantPhone,
            String applicantAddress,
            String claimType,
            String claimAmount,
            String claimDescription) {

        cn.laborcase.mediation.CorrectionRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            Integer v = null;
            try {
                v = version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("version", "Invalid", "案件版本号无效，请刷新页面后重试"));
            }
            BigDecimal amount = amount("claims[0].amount", "请求金额", claimAmount, problems);
            check(problems);
            boolean applicant = !blank(applicantName) || !blank(applicantIdNumber);
            boolean claim = !blank(claimType) || amount != null || !blank(claimDescription);
            return new cn.laborcase.mediation.CorrectionRequest(
                    v,
                    applicant
                            ? List.of(new PartyRequest(
                                    applicantName, applicantIdNumber, applicantPhone, applicantAddress))
                            : List.of(),
                    claim ? List.of(new ClaimRequest(claimType, amount, claimDescription)) : List.of());
        }
    }

    record AssignmentForm(String reviewer, String version) {

        cn.laborcase.mediation.ReviewAssignmentRequest toRequest() {
            Integer v = null;
            try {
                v = version == null || version.isBlank() ? null : Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                check(List.of(new FieldProblem("version", "Invalid", "审查记录版本号无效，请刷新页面后重试")));
            }
            return new cn.laborcase.mediation.ReviewAssignmentRequest(reviewer, v);
        }
    }

    record ReviewForm(String decision, String decidedOn, String reasons) {

        cn.laborcase.mediation.ReviewDecisionRequest toRequest() {
            List<FieldProblem> problems = new ArrayList<>();
            LocalDate on = date("decidedOn", "审查决定日期", decidedOn, problems);
            check(problems);
            return new cn.laborcase.mediation.ReviewDecisionRequest(decision, on, reasons);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static LocalDate date(String field, String label, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Date", label + "格式应为 2026-01-31"));
            return null;
        }
    }

    static BigDecimal amount(String field, String label, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Number", label + "应为数字，例如 12000.00"));
            return null;
        }
    }

    static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
