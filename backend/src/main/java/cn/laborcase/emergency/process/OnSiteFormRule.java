package cn.laborcase.emergency.process;

import cn.laborcase.emergency.OnSiteTeams;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.workflow.TaskFormRule;
import cn.laborcase.workflow.TaskView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The on-site check (forms/emergency-on-site.form): at least two different inspectors, arrived by now. */
@Component
class OnSiteFormRule implements TaskFormRule {

    private final OnSiteTeams teams;

    OnSiteFormRule(OnSiteTeams teams) {
        this.teams = teams;
    }

    @Override
    public Set<String> formIds() {
        return Set.of("emergency-on-site");
    }

    @Override
    public List<FieldProblem> check(TaskView task, Map<String, Object> values) {
        return teams.problems(values);
    }
}
