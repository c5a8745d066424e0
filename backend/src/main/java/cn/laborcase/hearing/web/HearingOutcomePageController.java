package cn.laborcase.hearing.web;

import cn.laborcase.hearing.HearingBookings;
import cn.laborcase.hearing.HearingOutcomes;
import cn.laborcase.hearing.HearingView;
import cn.laborcase.hearing.OutcomeRequest;
import cn.laborcase.hearing.PostponementDecision;
import cn.laborcase.hearing.PostponementRequest;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /hearings/cases/{caseId}: a case's hearings with, for each, the postponement requests (record, decide) and the
 * outcome form with the 庭审笔录 upload. Linked from the arbitration case page's hearing list. The services check
 * every right (404 for a case the user may not see, 403 for one he may not act on).
 */
@Controller
@RequestMapping("/hearings/cases/{caseId:\\d+}")
class HearingOutcomePageController {

    private final HearingBookings bookings;
    private final HearingOutcomes outcomes;
    private final CurrentUsers currentUsers;

    HearingOutcomePageController(HearingBookings bookings, HearingOutcomes outcomes, CurrentUsers currentUsers) {
        this.bookings = bookings;
        this.outcomes = outcomes;
        this.currentUsers = currentUsers;
    }

    @GetMapping
    String page(@PathVariable long caseId, Model model) {
        return render(caseId, model);
    }

    @PostMapping("/{id:\\d+}/postponements")
    String request(
            @PathVariable long caseId,
            @PathVariable long id,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String requestedOn,
            @RequestParam(required = false) String reasons,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        onCase(caseId, id);
        return attempt(caseId, model, redirect, response, () -> {
            outcomes.requestPostponement(
                    currentUsers.require(), id, new PostponementRequest(party, requestedOn, reasons));
            return "已登记延期开庭申请，待仲裁庭决定";
        });
    }

    @PostMapping("/postponements/{pid:\\d+}")
    String decide(
            @PathVariable long caseId,
            @PathVariable long pid,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return attempt(
                caseId,
                model,
                redirect,
                response,
                () -> "延期开庭申请："
                        + outcomes.decidePostponement(
                                        currentUsers.require(), pid, new PostponementDecision(version, decision, note))
                                .statusLabel());
    }

    @PostMapping("/{id:\\d+}/outcome")
    String outcome(
            @PathVariable long caseId,
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        onCase(caseId, id);
        return attempt(
                caseId,
                model,
                redirect,
                response,
                () -> "已登记开庭结果："
                        + outcomes.recordOutcome(currentUsers.require(), id, new OutcomeRequest(version, outcome, note))
                                .outcomeLabel());
    }

    @PostMapping("/{id:\\d+}/record")
    String record(
            @PathVariable long caseId,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        onCase(caseId, id);
        return attempt(caseId, model, redirect, response, () -> {
            boolean none = file == null || file.isEmpty();
            try {
                outcomes.fileRecord(
                        currentUsers.require(),
                        id,
                        none ? null : file.getOriginalFilename(),
                        none ? null : file.getContentType(),
                        none ? null : file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return "已上传庭审笔录";
        });
    }

    /** The page names its case: a hearing (or request) of another case is not on it (404), checked before any change. */
    private void onCase(long caseId, long hearingId) {
        if (bookings.ofCase(currentUsers.require(), caseId).stream().noneMatch(h -> h.id() == hearingId)) {
            throw new cn.laborcase.shared.NotFoundException("开庭", hearingId);
        }
    }

    private String attempt(
            long caseId,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Supplier<String> change) {
        try {
            redirect.addFlashAttribute("flashSuccess", change.get());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
            return render(caseId, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/hearings/cases/" + caseId;
    }

    private String render(long caseId, Model model) {
        var user = currentUsers.require();
        var hearings = bookings.ofCase(user, caseId);
        Map<Long, Object> postponements = new LinkedHashMap<>();
        Map<Long, Object> results = new LinkedHashMap<>();
        for (HearingView h : hearings) {
            postponements.put(h.id(), outcomes.postponements(user, h.id()));
            results.put(h.id(), outcomes.outcome(user, h.id()));
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("hearings", hearings);
        model.addAttribute("postponements", postponements);
        model.addAttribute("results", results);
        model.addAttribute("zone", BeijingTime.ZONE);
        return "hearing/outcomes";
    }
}
