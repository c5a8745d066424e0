package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AwardCorrectionRequest;
import cn.laborcase.arbitration.AwardCorrections;
import cn.laborcase.arbitration.ChallengeRequest;
import cn.laborcase.arbitration.Challenges;
import cn.laborcase.arbitration.JurisdictionObjectionRequest;
import cn.laborcase.arbitration.JurisdictionObjections;
import cn.laborcase.arbitration.ProcedureDecisionRequest;
import cn.laborcase.arbitration.ProcedureRecords;
import cn.laborcase.arbitration.SimpleProcedure;
import cn.laborcase.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The procedural decisions' forms on the case page (程序事项办理): 回避 and its decision, 管辖异议 and its decision,
 * 简易处理 and the conversion back, 补正裁决. Each calls the same service as the API; done → 302 back with a message;
 * wrong input → the page again with 400 and each message beside its field; conflict → 409 with its message; 403/404
 * from the services' checks.
 */
@Controller
class ArbitrationProcedurePageController {

    private final CasePageActions actions;

    private final Challenges challenges;
    private final JurisdictionObjections objections;
    private final SimpleProcedure simple;
    private final AwardCorrections corrections;
    private final ProcedureRecords records;

    ArbitrationProcedurePageController(
            Challenges challenges,
            JurisdictionObjections objections,
            SimpleProcedure simple,
            AwardCorrections corrections,
            ProcedureRecords records,
            CasePageActions actions) {
        this.actions = actions;
        this.challenges = challenges;
        this.objections = objections;
        this.simple = simple;
        this.corrections = corrections;
        this.records = records;
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/challenges")
    String challenge(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ChallengeRequest request = new ChallengeRequest(
                f.get("memberKind"),
                f.get("member"),
                f.get("recorderName"),
                f.get("applicant"),
                f.get("grounds"),
                f.get("filedOn"),
                "true".equals(f.get("learnedLate")));
        return act(
                id,
                "challenge",
                "已登记回避申请，请仲裁委主任在3个工作日内作出决定",
                model,
                response,
                redirect,
                u -> challenges.apply(u, id, request));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/challenges/{challengeId:\\d+}/decision")
    String decideChallenge(
            @PathVariable long id,
            @PathVariable long challengeId,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                "challenge-decision",
                "已作出回避决定，已出具回避决定书",
                model,
                response,
                redirect,
                u -> challenges.decide(u, id, challengeId, decision(f)));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/jurisdiction-objections")
    String object(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        JurisdictionObjectionRequest request =
                new JurisdictionObjectionRequest(f.get("respondent"), f.get("grounds"), f.get("filedOn"));
        return act(
                id, "objection", "已登记管辖异议，待仲裁委员会决定", model, response, redirect, u -> objections.file(u, id, request));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/jurisdiction-objections/{objectionId:\\d+}/decision")
    String decideObjection(
            @PathVariable long id,
            @PathVariable long objectionId,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                "objection-decision",
                "已作出管辖异议决定，已出具决定书",
                model,
                response,
                redirect,
                u -> objections.decide(u, id, objectionId, decision(f)));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/simple-procedure")
    String simple(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                "simple",
                "已决定简易处理，已出具简易处理决定书",
                model,
                response,
                redirect,
                u -> simple.decideSimple(u, id, decision(f)));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/ordinary-procedure")
    String ordinary(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                "ordinary",
                "本案已转为一般程序，已出具决定书",
                model,
                response,
                redirect,
                u -> simple.convertToOrdinary(u, id, decision(f)));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/award-corrections")
    String correct(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, "correction", "已作出补正决定，已出具决定书", model, response, redirect, u -> {
            Long awardId = null;
            String a = f.get("awardId");
            if (a != null && a.strip().matches("\\d{1,18}")) {
                awardId = Long.valueOf(a.strip());
            }
            corrections.correct(
                    u,
                    id,
                    new AwardCorrectionRequest(
                            awardId,
                            f.get("origin"),
                            f.get("requestedBy"),
                            f.get("requestedOn"),
                            f.get("kind"),
                            f.get("outcome"),
                            f.get("content")));
        });
    }

    private static ProcedureDecisionRequest decision(Map<String, String> f) {
        Integer version = null;
        String v = f.get("version");
        if (v != null && v.strip().matches("\\d{1,9}")) {
            version = Integer.valueOf(v.strip());
        }
        return new ProcedureDecisionRequest(
                f.get("decision"),
                f.get("reasons"),
                blankToNull(f.get("replacement")),
                f.get("competentCommittee"),
                f.get("ground"),
                blankToNull(f.get("presiding")),
                blankToNull(f.get("arbitrator2")),
                blankToNull(f.get("arbitrator3")),
                version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String act(
            long id,
            String form,
            String success,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Consumer<CurrentUser> change) {
        return actions.act(
                id,
                form,
                success,
                model,
                response,
                redirect,
                change,
                (user, m) -> m.addAttribute("proc", records.get(user, id)));
    }
}
