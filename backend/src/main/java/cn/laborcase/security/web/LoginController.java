package cn.laborcase.security.web;

import cn.laborcase.security.SecurityProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese login page ("/", the home page, is the home module's). */
@Controller
class LoginController {

    private final SecurityProperties security;

    LoginController(SecurityProperties security) {
        this.security = security;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("maxFailedLogins", security.maxFailedLogins());
        model.addAttribute("lockMinutes", security.lockMinutes());
        return "security/login";
    }
}
