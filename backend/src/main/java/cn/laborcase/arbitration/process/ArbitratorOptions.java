package cn.laborcase.arbitration.process;

import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.workflow.FormField;
import cn.laborcase.workflow.TaskFormOptions;
import cn.laborcase.workflow.TaskView;
import java.util.List;
import org.springframework.stereotype.Component;

/** The committee's arbitrators by name for the tribunal form's selects ({@code valuesKey: arbitrators}). */
@Component
class ArbitratorOptions implements TaskFormOptions {

    private final CasePreparation preparation;

    ArbitratorOptions(CasePreparation preparation) {
        this.preparation = preparation;
    }

    @Override
    public String valuesKey() {
        return "arbitrators";
    }

    @Override
    public List<FormField.Option> options(TaskView task) {
        return preparation.arbitrators(task.officeCode()).stream()
                .map(c -> new FormField.Option(c.displayName(), c.username()))
                .toList();
    }
}
