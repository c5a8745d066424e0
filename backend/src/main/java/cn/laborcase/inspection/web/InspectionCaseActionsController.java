package cn.laborcase.inspection.web;

import cn.laborcase.cases.Attachments.Attachment;
import cn.laborcase.inspection.InspectionCaseActions;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's own actions (evidence, the inspector's extension request) as forms; {@link InspectionCaseActionsApiController} is
 * the same for integrations. Everything else on a case is done through its tasks.
 */
@Controller
class InspectionCaseActionsController {

    private final InspectionCaseActions actions;
    private final CurrentUsers currentUsers;

    InspectionCaseActionsController(InspectionCaseActions actions, CurrentUsers currentUsers) {
        this.actions = actions;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/inspection-cases/{id:\\d+}/evidence")
    String addEvidence(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "description", required = false) String description,
            RedirectAttributes redirect)
            throws IOException {
        Attachment stored = store(actions, currentUsers.require(), id, file, description);
        redirect.addFlashAttribute("flashSuccess", "证据材料“" + stored.fileName() + "”已上传");
        return "redirect:/inspection-cases/" + id + "#case-evidence";
    }

    @PostMapping("/inspection-cases/{id:\\d+}/extension")
    String extend(
            @PathVariable long id,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        actions.requestExtension(currentUsers.require(), id, reason);
        redirect.addFlashAttribute("flashSuccess", "延期申请已提交，等待局长审批");
        return "redirect:/inspection-cases/" + id;
    }

    /** The upload as the service takes it; a missing or empty file is refused there (400 naming it). */
    static Attachment store(
            InspectionCaseActions actions, CurrentUser user, long id, MultipartFile file, String description)
            throws IOException {
        boolean none = file == null || file.isEmpty();
        return actions.addEvidence(
                user,
                id,
                none ? null : file.getOriginalFilename(),
                none ? null : file.getContentType(),
                none ? new byte[0] : file.getBytes(),
                description);
    }
}
