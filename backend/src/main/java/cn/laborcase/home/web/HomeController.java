package cn.laborcase.home.web;

import cn.laborcase.home.HomePage;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "/": the user's home, assembled from the panels of his roles; an administrator keeps his console. */
@Controller
class HomeController {

    private final CurrentUsers currentUsers;
    private final HomePage home;

    HomeController(CurrentUsers currentUsers, HomePage home) {
        this.currentUsers = currentUsers;
        this.home = home;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = currentUsers.require();
        if (user.roles().stream().allMatch(r -> r == Role.ADMIN)) {
            return "redirect:" + Role.ADMIN.home();
        }
        model.addAttribute("user", user);
        model.addAttribute(
                "roles", user.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、")));
        model.addAttribute("panels", home.of(user));
        return "home/home";
    }
}
