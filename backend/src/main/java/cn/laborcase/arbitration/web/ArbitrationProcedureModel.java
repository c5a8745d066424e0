package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.ProcedureRecords;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.DomainException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Puts the case's procedural decisions ({@code proc}) beside the case page's model, so that case.html shows them
 * without the page controller knowing them; nothing when the route names no case or the user may not see it (the
 * handler then answers 404 itself).
 */
@ControllerAdvice(assignableTypes = {ArbitrationPageController.class, ArbitrationAwardPageController.class})
class ArbitrationProcedureModel {

    private final ProcedureRecords records;
    private final CurrentUsers currentUsers;

    ArbitrationProcedureModel(ProcedureRecords records, CurrentUsers currentUsers) {
        this.records = records;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute
    void procedure(@PathVariable(name = "id", required = false) Long id, Model model) {
        if (id == null) {
            return;
        }
        currentUsers.find().ifPresent(user -> {
            try {
                model.addAttribute("proc", records.get(user, id));
            } catch (DomainException e) {
                // not visible: the handler answers for it
            }
        });
    }
}
