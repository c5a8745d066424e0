package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AnswerRequest;
import cn.laborcase.arbitration.ArbitrationAnswers;
import cn.laborcase.arbitration.ArbitrationServiceRecords;
import cn.laborcase.arbitration.CaseChanges;
import cn.laborcase.arbitration.CounterClaimRequest;
import cn.laborcase.arbitration.RegisterApplicationRequest;
import cn.laborcase.documents.ServiceMethod;
import cn.laborcase.documents.ServiceRecordRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's 送达与答辩 forms: 记录送达 per document (with the return slip or photo), 登记答辩书, 合并审理反申请. Each
 * calls the same service as the API; done → 302 back with a message; wrong input → the page again with 400 and each
 * message beside its field; a conflict → 409 with its message; 403/404 from the service's checks.
 */
@Controller
class ArbitrationServicePageController {

    private final CasePageActions actions;

    private static final int MAX_ROWS = 3;

    private final ArbitrationServiceRecords service;
    private final ArbitrationAnswers answers;
    private final CaseChanges changes;

    ArbitrationServicePageController(
            ArbitrationServiceRecords service,
            ArbitrationAnswers answers,
            CaseChanges changes,
            CasePageActions actions) {
        this.actions = actions;
        this.service = service;
        this.answers = answers;
        this.changes = changes;
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/documents/{documentId:\\d+}/service")
    String serve(
            @PathVariable long id,
            @PathVariable long documentId,
            @RequestParam Map<String, String> f,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actions.act(
                id,
                "service-" + documentId,
                "已记录送达，送达回证已生成",
                model,
                response,
                redirect,
                u -> service.record(
                        u, id, documentId, serviceRequest(f), ArbitrationServiceApiController.evidence(evidence)));
    }

    /**
     * The 记录送达 form's fields as the kernel's request. Never refuses by itself: a value that does not parse is left
     * empty, so that the scope and the role are checked first and the kernel names the field (请选择受送达人,
     * 请填写送达日期…).
     */
    static ServiceRecordRequest serviceRequest(Map<String, String> f) {
        Long recipient = lenientNumber(f.get("recipientId"));
        Long hour = lenientNumber(f.get("servedHour"));
        ServiceMethod method = null;
        try {
            method = blank(f.get("method"))
                    ? null
                    : ServiceMethod.valueOf(f.get("method").strip());
        } catch (IllegalArgumentException e) {
            method = null;
        }
        LocalDate on = null;
        try {
            on = blank(f.get("servedOn"))
                    ? null
                    : LocalDate.parse(f.get("servedOn").strip());
        } catch (DateTimeParseException e) {
            on = null;
        }
        return new ServiceRecordRequest(
                recipient,
                method,
                on,
                hour == null ? null : hour.intValue(),
                f.get("place"),
                f.get("receiverName"),
                f.get("signerRelation"),
                f.get("trackingNumber"),
                f.get("emailAddress"),
                f.get("witness1"),
                f.get("witness2"),
                f.get("noticeMedium"),
                f.get("server"),
                f.get("note"));
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/answers")
    String answer(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            @RequestParam(name = "attachment", required = false) MultipartFile attachment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return actions.act(id, "answer", "已登记答辩书，答辩书副本送达通知书已生成", model, response, redirect, u -> {
            answers.record(u, id, answerRequest(f), ArbitrationServiceApiController.upload(attachment));
        });
    }

    @PostMapping("/arbitration/cases/{id:\\d+}/counter-claim")
    String counterClaim(
            @PathVariable long id,
            @RequestParam Map<String, String> f,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<RegisterApplicationRequest.Claim> claims = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String p = "claims[" + i + "].";
            if (blank(f.get(p + "type")) && blank(f.get(p + "amount")) && blank(f.get(p + "description"))) {
                continue;
            }
            claims.add(new RegisterApplicationRequest.Claim(
                    f.get(p + "type"),
                    blank(f.get(p + "amount")) ? null : f.get(p + "amount").strip(),
                    f.get(p + "description")));
        }
        CounterClaimRequest request = new CounterClaimRequest(f.get("on"), f.get("description"), claims);
        return actions.act(
                id,
                "counter-claim",
                "已合并审理反申请，审理期限重新计算，已出具通知书",
                model,
                response,
                redirect,
                u -> changes.mergeCounterClaim(u, id, request));
    }

    /** The 登记答辩书 form's fields; a respondent that does not parse is one the service refuses (400 respondent). */
    static AnswerRequest answerRequest(Map<String, String> f) {
        Long respondent = blank(f.get("respondent")) ? null : lenientNumber(f.get("respondent"));
        int which = respondent == null
                ? (blank(f.get("respondent")) ? Integer.MIN_VALUE : -1)
                : (int) Math.max(-1, Math.min(Integer.MAX_VALUE, respondent));
        return new AnswerRequest(which == Integer.MIN_VALUE ? null : which, f.get("receivedOn"), f.get("summary"));
    }

    private static Long lenientNumber(String text) {
        try {
            return blank(text) ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
