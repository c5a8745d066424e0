package cn.laborcase.security.web;

import cn.laborcase.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese login page, and "/" sending each user to the home page of his role. */
@Controller
class LoginController {

    private final CurrentUsers currentUsers;

    LoginController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:" + currentUsers.require().home();
    }
}
