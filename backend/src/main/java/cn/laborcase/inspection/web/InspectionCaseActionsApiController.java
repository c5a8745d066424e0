package cn.laborcase.inspection.web;

import cn.laborcase.cases.Attachments.Attachment;
import cn.laborcase.inspection.InspectionCaseActions;
import cn.laborcase.security.CurrentUsers;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The case page's own actions for integrations: {@code POST /api/inspection-cases/{id}/evidence} (multipart: {@code
 * file}, {@code description}) and {@code POST /api/inspection-cases/{id}/extension} ({@code {"reason": …}}: a case's
 * inspector asks for the extension; 202, the 局长 decides in his task 延期审批). Refusals are problems (400 naming the field, 403, 404, 409).
 */
@RestController
class InspectionCaseActionsApiController {

    private final InspectionCaseActions actions;
    private final CurrentUsers currentUsers;

    InspectionCaseActionsApiController(InspectionCaseActions actions, CurrentUsers currentUsers) {
        this.actions = actions;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/api/inspection-cases/{id:\\d+}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceJson addEvidenceByApi(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "description", required = false) String description)
            throws IOException {
        Attachment a = InspectionCaseActionsController.store(actions, currentUsers.require(), id, file, description);
        return new EvidenceJson(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedAt());
    }

    @PostMapping("/api/inspection-cases/{id:\\d+}/extension")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ExtensionJson requestExtensionByApi(
            @PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
        actions.requestExtension(currentUsers.require(), id, body == null ? null : body.get("reason"));
        return new ExtensionJson("PENDING", "延期申请已提交，等待局长审批");
    }

    record EvidenceJson(long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {}

    record ExtensionJson(String state, String message) {}
}
