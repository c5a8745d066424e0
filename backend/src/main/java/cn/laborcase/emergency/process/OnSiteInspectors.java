package cn.laborcase.emergency.process;

import cn.laborcase.emergency.OnSiteTeams;
import cn.laborcase.emergency.WageIncidents;
import cn.laborcase.organization.Colleague;
import cn.laborcase.workflow.FormField;
import cn.laborcase.workflow.TaskFormOptions;
import cn.laborcase.workflow.TaskView;
import java.util.List;
import org.springframework.stereotype.Component;

/** The choices of the on-site check's member selects (forms/emergency-on-site.form): the grid's inspectors, by name. */
@Component
class OnSiteInspectors implements TaskFormOptions {

    static final String KEY = "onSiteInspectors";

    private final OnSiteTeams teams;

    OnSiteInspectors(OnSiteTeams teams) {
        this.teams = teams;
    }

    @Override
    public String valuesKey() {
        return KEY;
    }

    @Override
    public List<FormField.Option> options(TaskView task) {
        return WageIncidents.incidentId(task.businessKey())
                .map(id -> teams.candidates(id).stream()
                        .map(c -> new FormField.Option(label(c), c.username()))
                        .toList())
                .orElse(List.of());
    }

    private static String label(Colleague c) {
        return c.title() == null || c.title().isBlank() ? c.displayName() : c.displayName() + "（" + c.title() + "）";
    }
}
