package cn.laborcase.admin.web;

import cn.laborcase.admin.AdminConsole;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 系统管理: the administrator's home page and the roles overview. */
@Controller
class AdminController {

    private final AdminConsole console;

    AdminController(AdminConsole console) {
        this.console = console;
    }

    @GetMapping("/admin")
    String home(Model model) {
        model.addAttribute("dashboard", console.dashboard());
        return "admin/home";
    }

    @GetMapping("/admin/roles")
    String roles(Model model) {
        model.addAttribute("roles", console.roles());
        return "admin/roles";
    }
}
