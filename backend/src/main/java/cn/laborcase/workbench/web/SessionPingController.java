package cn.laborcase.workbench.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 继续工作: a request of the logged-in user that only touches his session, so that its idle timeout starts again.
 * POST with the page's CSRF token, so that no other site can keep a session alive; a dead session gets the login
 * redirect like every other request (app.js then sends the user to log in, the form kept in sessionStorage).
 */
@Controller
class SessionPingController {

    @PostMapping("/session/ping")
    ResponseEntity<Void> ping() {
        return ResponseEntity.noContent().build();
    }
}
