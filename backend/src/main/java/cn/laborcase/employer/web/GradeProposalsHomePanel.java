package cn.laborcase.employer.web;

import cn.laborcase.employer.EmployerGrades;
import cn.laborcase.home.HomePanel;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A leader's home panel: the grade changes and blacklist entries of his offices' employers waiting for him. */
@Component
class GradeProposalsHomePanel implements HomePanel {

    private final EmployerGrades grades;

    GradeProposalsHomePanel(EmployerGrades grades) {
        this.grades = grades;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean shows(CurrentUser user) {
        // the inspection office's and bureau's leaders; not the arbitration committee's director
        return user.has(Role.SECTION_LEADER) || user.has(Role.BUREAU_LEADER);
    }

    @Override
    public String fragment() {
        return "employer/home :: grades";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        return Map.of("proposals", grades.pending(user, 10), "zone", cn.laborcase.shared.BeijingTime.ZONE);
    }
}
