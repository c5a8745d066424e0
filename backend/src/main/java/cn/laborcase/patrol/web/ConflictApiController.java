package cn.laborcase.patrol.web;

import cn.laborcase.patrol.PatrolConflicts;
import cn.laborcase.patrol.PatrolConflicts.ConflictView;
import cn.laborcase.security.CurrentUsers;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Conflicts of interest for the patrol draw (巡视回避), for integrations and tests. */
@RestController
class ConflictApiController {

    private final PatrolConflicts conflicts;
    private final CurrentUsers currentUsers;

    ConflictApiController(PatrolConflicts conflicts, CurrentUsers currentUsers) {
        this.conflicts = conflicts;
        this.currentUsers = currentUsers;
    }

    record DeclareRequest(String creditCode, String inspector, String reason) {}

    record DecisionRequest(Integer version, String note) {}

    @GetMapping("/api/patrol-conflicts")
    List<ConflictView> list() {
        return conflicts.list(currentUsers.require());
    }

    /** 201; an employer the user does not see: 404; declared already: 409; each bad field: 400. */
    @PostMapping("/api/patrol-conflicts")
    ResponseEntity<ConflictView> declare(@RequestBody DeclareRequest request) {
        ConflictView c =
                conflicts.declare(currentUsers.require(), request.creditCode(), request.inspector(), request.reason());
        return ResponseEntity.created(URI.create("/api/patrol-conflicts/" + c.id()))
                .body(c);
    }

    @PostMapping("/api/patrol-conflicts/{id}/confirm")
    ConflictView confirm(@PathVariable long id, @RequestBody DecisionRequest request) {
        return conflicts.confirm(currentUsers.require(), id, request.version());
    }

    @PostMapping("/api/patrol-conflicts/{id}/withdraw")
    ConflictView withdraw(@PathVariable long id, @RequestBody DecisionRequest request) {
        return conflicts.withdraw(currentUsers.require(), id, request.version(), request.note());
    }
}
