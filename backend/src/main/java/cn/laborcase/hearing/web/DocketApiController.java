package cn.laborcase.hearing.web;

import cn.laborcase.hearing.DocketConfirmRequest;
import cn.laborcase.hearing.DocketConfirmation;
import cn.laborcase.hearing.DocketProposalRequest;
import cn.laborcase.hearing.DocketProposalView;
import cn.laborcase.hearing.DocketProposals;
import cn.laborcase.security.CurrentUsers;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/hearings/docket}: a proposed docket from the solver, and its confirmation. docs/hearings.md. */
@RestController
@RequestMapping("/api/hearings/docket")
class DocketApiController {

    private final DocketProposals proposals;
    private final CurrentUsers currentUsers;

    DocketApiController(DocketProposals proposals, CurrentUsers currentUsers) {
        this.proposals = proposals;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/proposals")
    DocketProposalView propose(@RequestBody(required = false) DocketProposalRequest request) {
        return proposals.propose(currentUsers.require(), request);
    }

    @PostMapping("/proposals/confirm")
    DocketConfirmation confirm(@RequestBody(required = false) DocketConfirmRequest request) {
        return proposals.confirm(currentUsers.require(), request);
    }
}
