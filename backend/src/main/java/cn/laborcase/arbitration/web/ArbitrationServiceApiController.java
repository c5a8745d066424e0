package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.AnswerRequest;
import cn.laborcase.arbitration.AnswerView;
import cn.laborcase.arbitration.ArbitrationAnswers;
import cn.laborcase.arbitration.ArbitrationServiceRecords;
import cn.laborcase.documents.Evidence;
import cn.laborcase.documents.ServiceRecordRequest;
import cn.laborcase.documents.ServiceRecordView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.workflow.EngineConflicts;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/arbitration/cases/{id}/…}: 送达回证 of the case's documents and the respondents' answers (答辩书), as
 * JSON or as a multipart form with the evidence (return slip, photo) or the answer's scan.
 */
@RestController
@RequestMapping("/api/arbitration/cases/{id:\\d+}")
class ArbitrationServiceApiController {

    private final EngineConflicts conflicts;

    private final ArbitrationServiceRecords service;
    private final ArbitrationAnswers answers;
    private final CurrentUsers currentUsers;

    ArbitrationServiceApiController(
            ArbitrationServiceRecords service,
            ArbitrationAnswers answers,
            CurrentUsers currentUsers,
            EngineConflicts conflicts) {
        this.conflicts = conflicts;
        this.service = service;
        this.answers = answers;
        this.currentUsers = currentUsers;
    }

    @PostMapping(path = "/documents/{documentId:\\d+}/service", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ServiceRecordView serve(
            @PathVariable long id, @PathVariable long documentId, @RequestBody ServiceRecordRequest request) {
        CurrentUser user = currentUsers.require();
        return conflicts.retrying(
                "arbitration service " + id, () -> service.record(user, id, documentId, request, null));
    }

    @PostMapping(path = "/documents/{documentId:\\d+}/service", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ServiceRecordView serveWithEvidence(
            @PathVariable long id,
            @PathVariable long documentId,
            @RequestParam Map<String, String> fields,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence) {
        CurrentUser user = currentUsers.require();
        Evidence proof = evidence(evidence);
        return conflicts.retrying(
                "arbitration service " + id,
                () -> service.record(
                        user, id, documentId, ArbitrationServicePageController.serviceRequest(fields), proof));
    }

    @PostMapping(path = "/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AnswerView answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        return answers.record(currentUsers.require(), id, request, null);
    }

    @PostMapping(path = "/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AnswerView answerWithFile(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            @RequestParam(name = "attachment", required = false) MultipartFile attachment) {
        return answers.record(
                currentUsers.require(), id, ArbitrationServicePageController.answerRequest(fields), upload(attachment));
    }

    static Evidence evidence(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return new Evidence(file.getOriginalFilename(), file.getContentType(), bytes(file, "evidence"));
    }

    static ArbitrationAnswers.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return new ArbitrationAnswers.Upload(
                file.getOriginalFilename(), file.getContentType(), bytes(file, "attachment"));
    }

    private static byte[] bytes(MultipartFile file, String field) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException(field, "Unreadable", "上传的文件无法读取，请重新上传");
        }
    }
}
