package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.web.FormErrors;
import cn.laborcase.workflow.EngineConflicts;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every form on the arbitration case page does with its step, in one place: the step runs in a transaction of
 * its own, again if the engine's optimistic lock refused it because a timer of the case fired at that instant
 * ({@link EngineConflicts}); done → back to the case page with the form's success message; wrong fields → the case page
 * again with each field's message beside the form ({@code failed} names it, 400); refused → the case page with the
 * reason (409).
 */
@Component
class CasePageActions {

    private final CurrentUsers currentUsers;
    private final EngineConflicts conflicts;
    private final ArbitrationQueries queries;
    private final Clock clock;

    CasePageActions(CurrentUsers currentUsers, EngineConflicts conflicts, ArbitrationQueries queries, Clock clock) {
        this.currentUsers = currentUsers;
        this.conflicts = conflicts;
        this.queries = queries;
        this.clock = clock;
    }

    String act(
            long id,
            String form,
            String success,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Consumer<CurrentUser> change) {
        return act(id, form, success, model, response, redirect, change, (user, m) -> {});
    }

    /** @param redisplay what the controller adds to the model when the case page is shown again */
    String act(
            long id,
            String form,
            String success,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Consumer<CurrentUser> change,
            BiConsumer<CurrentUser, Model> redisplay) {
        CurrentUser user = currentUsers.require();
        try {
            conflicts.retryingStep("arbitration " + id + " " + form, () -> change.accept(user));
            redirect.addFlashAttribute("flashSuccess", success);
            return "redirect:/arbitration/cases/" + id;
        } catch (InvalidInputException e) {
            FormErrors.invalid(model, response, e);
            model.addAttribute("failed", form);
        } catch (ConflictException e) {
            FormErrors.refused(model, response, HttpServletResponse.SC_CONFLICT, e);
        }
        String view = ArbitrationPageController.show(queries, clock, user, id, model);
        redisplay.accept(user, model);
        return view;
    }
}
