package cn.laborcase.patrol.web;

import cn.laborcase.home.HomePanel;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.PatrolRecords;
import cn.laborcase.security.CurrentUser;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 本月巡视任务: an inspector's drawn patrols not yet recorded, due first. */
@Component
class PatrolHomePanel implements HomePanel {

    private final PatrolRecords records;

    PatrolHomePanel(PatrolRecords records) {
        this.records = records;
    }

    @Override
    public int order() {
        return 220;
    }

    @Override
    public boolean shows(CurrentUser user) {
        return user.has(Role.INSPECTOR);
    }

    @Override
    public String fragment() {
        return "patrol/home :: patrols";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        return Map.of("items", records.openOf(user));
    }
}
