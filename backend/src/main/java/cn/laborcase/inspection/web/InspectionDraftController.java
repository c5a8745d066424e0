package cn.laborcase.inspection.web;

import cn.laborcase.documents.PdfFile;
import cn.laborcase.inspection.InspectionDrafts;
import cn.laborcase.security.CurrentUsers;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The draft a leader reads before approving (立案审批表, 撤销立案审批表, 结案审批表, 行政处罚决定书, 涉嫌犯罪案件移送书,
 * 延期审批表): an unnumbered PDF marked 草稿, opened from the task page or by integrations. Outside the case's data
 * scope, for an unknown kind or a step not waiting: 404.
 */
@RestController
class InspectionDraftController {

    private final InspectionDrafts drafts;
    private final CurrentUsers currentUsers;

    InspectionDraftController(InspectionDrafts drafts, CurrentUsers currentUsers) {
        this.drafts = drafts;
        this.currentUsers = currentUsers;
    }

    @GetMapping({"/inspection-cases/{id:\\d+}/drafts/{kind}", "/api/inspection-cases/{id:\\d+}/drafts/{kind}"})
    ResponseEntity<byte[]> draft(@PathVariable long id, @PathVariable String kind) {
        PdfFile pdf = drafts.draft(currentUsers.require(), id, kind);
        ContentDisposition disposition = ContentDisposition.inline()
                .filename(pdf.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.content());
    }
}
