package cn.laborcase.hearing.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 审理室与人员安排 for the administrator; 开庭排期 (the calendar) for arbitrators, hearing clerks and the director; 周排期建议
 * (the docket) for arbitrators and hearing clerks.
 */
@Component
class HearingMenu implements MenuContributor {

    static final MenuGroup ARBITRATION = new MenuGroup("arbitration", "仲裁", "bank", 40);

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(
                        MenuGroup.ADMINISTRATION,
                        "审理室与人员安排",
                        "door-open",
                        "/admin/hearing-rooms",
                        65,
                        Set.of("ADMIN"),
                        "hearing-rooms"),
                // the arbitration group, by the same key, label, icon and order as arbitration's own entries
                new MenuEntry(
                        ARBITRATION,
                        "开庭排期",
                        "calendar3",
                        "/hearings/calendar",
                        30,
                        Set.of(Role.ARBITRATOR.name(), Role.HEARING_CLERK.name(), Role.COMMITTEE_DIRECTOR.name()),
                        "hearing-calendar"),
                new MenuEntry(
                        ARBITRATION,
                        "周排期建议",
                        "calendar-week",
                        "/hearings/docket",
                        31,
                        Set.of(Role.ARBITRATOR.name(), Role.HEARING_CLERK.name()),
                        "hearing-docket"));
    }
}
