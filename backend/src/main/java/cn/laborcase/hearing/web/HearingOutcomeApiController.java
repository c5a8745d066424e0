package cn.laborcase.hearing.web;

import cn.laborcase.hearing.HearingOutcomes;
import cn.laborcase.hearing.OutcomeRequest;
import cn.laborcase.hearing.OutcomeView;
import cn.laborcase.hearing.PostponementDecision;
import cn.laborcase.hearing.PostponementRequest;
import cn.laborcase.hearing.PostponementView;
import cn.laborcase.security.CurrentUsers;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/hearings/{id}/…} after the booking: postponement requests and decisions, the outcome, the 庭审笔录. */
@RestController
@RequestMapping("/api/hearings")
class HearingOutcomeApiController {

    private final HearingOutcomes outcomes;
    private final CurrentUsers currentUsers;

    HearingOutcomeApiController(HearingOutcomes outcomes, CurrentUsers currentUsers) {
        this.outcomes = outcomes;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/{id:\\d+}/postponements")
    @ResponseStatus(HttpStatus.CREATED)
    PostponementView request(@PathVariable long id, @RequestBody(required = false) PostponementRequest request) {
        return outcomes.requestPostponement(currentUsers.require(), id, request);
    }

    @GetMapping("/{id:\\d+}/postponements")
    List<PostponementView> postponements(@PathVariable long id) {
        return outcomes.postponements(currentUsers.require(), id);
    }

    @PostMapping("/postponements/{pid:\\d+}/decision")
    PostponementView decide(@PathVariable long pid, @RequestBody(required = false) PostponementDecision request) {
        return outcomes.decidePostponement(currentUsers.require(), pid, request);
    }

    @PostMapping("/{id:\\d+}/outcome")
    OutcomeView record(@PathVariable long id, @RequestBody(required = false) OutcomeRequest request) {
        return outcomes.recordOutcome(currentUsers.require(), id, request);
    }

    @GetMapping("/{id:\\d+}/outcome")
    OutcomeView outcome(@PathVariable long id) {
        return outcomes.outcome(currentUsers.require(), id);
    }

    @PostMapping("/{id:\\d+}/record")
    OutcomeView file(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        boolean none = file == null || file.isEmpty();
        return outcomes.fileRecord(
                currentUsers.require(),
                id,
                none ? null : file.getOriginalFilename(),
                none ? null : file.getContentType(),
                none ? null : file.getBytes());
    }
}
