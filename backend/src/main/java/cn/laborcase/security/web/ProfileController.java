package cn.laborcase.security.web;

import cn.laborcase.organization.ChangePasswordRequest;
import cn.laborcase.organization.StaffAdministration;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.security.OwnPassword;
import cn.laborcase.security.SessionRevalidation;
import cn.laborcase.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 个人中心: the logged-in user's own profile (office, roles, grids by name) and the change of his own password. Every
 * user may open it for himself and nobody else: no id in the address, the user is the session's.
 */
@Controller
class ProfileController {

    static final String VIEW = "security/profile";

    private final CurrentUsers currentUsers;
    private final StaffAdministration staff;
    private final OwnPassword ownPassword;
    private final SessionRevalidation revalidation;

    ProfileController(
            CurrentUsers currentUsers,
            StaffAdministration staff,
            OwnPassword ownPassword,
            SessionRevalidation revalidation) {
        this.revalidation = revalidation;
        this.currentUsers = currentUsers;
        this.staff = staff;
        this.ownPassword = ownPassword;
    }

    @InitBinder("passwordForm")
    void onlyPasswords(WebDataBinder binder) {
        binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
    }

    @GetMapping("/profile")
    String profile(Model model) {
        FormErrors.none(model);
        return page(model, currentUsers.require());
    }

    @PostMapping("/profile/password")
    String changePassword(
            @ModelAttribute("passwordForm") ChangePasswordRequest form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CurrentUser user = currentUsers.require();
        Optional<String> done = FormErrors.submit(binding, model, response, () -> {
            ownPassword.change(user, form, request.getRemoteAddr());
            // a new session id for the session that changed the password (its old id may have been seen elsewhere)
            request.changeSessionId();
            // this session stays logged in with the new password; the person's other sessions end
            revalidation.renew(user.username(), request, response);
            redirect.addFlashAttribute("flashSuccess", "密码已修改，下次登录请使用新密码；您在其他电脑或浏览器上的登录已失效");
            return "redirect:/profile";
        });
        // the passwords are never sent back into the page
        model.asMap().remove("passwordForm");
        return done.orElseGet(() -> page(model, user));
    }

    private String page(Model model, CurrentUser user) {
        model.addAttribute("profile", staff.profile(user.staffId()));
        model.addAttribute("breadcrumb", "个人中心");
        return VIEW;
    }
}
