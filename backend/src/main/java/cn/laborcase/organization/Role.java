package cn.laborcase.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of the people who work cases. Each role is also a Camunda candidate group of its office
 * ({@code office:D1:inspectors}); grid roles add {@code grid:G01:inspectors} / {@code grid:G01:assistants}.
 */
public enum Role {
    INTAKE_CLERK("窗口受理人员", "clerks", "/"),
    INSPECTOR("劳动保障监察员", "inspectors", "/"),
    GRID_ASSISTANT("网格协管员", "assistants", "/"),
    SECTION_LEADER("科长", "section-leaders", "/"),
    BUREAU_LEADER("局长", "bureau-leaders", "/"),
    MEDIATOR("调解员", "mediators", "/"),
    ARBITRATOR("仲裁员", "arbitrators", "/"),
    HEARING_CLERK("书记员", "hearing-clerks", "/"),
    COMMITTEE_DIRECTOR("仲裁委主任", "directors", "/"),
    ADMIN("系统管理员", "admins", "/admin");

    private final String label;
    private final String groupName;
    private final String home;

    Role(String label, String groupName, String home) {
        this.label = label;
        this.groupName = groupName;
        this.home = home;
    }

    /** Chinese name shown to users. */
    public String label() {
        return label;
    }

    /** Plural used in candidate group ids: {@code office:<code>:<groupName>}. */
    public String groupName() {
        return groupName;
    }

    /** The page a user of this role lands on after login: his home ("/", module home), the console for administrators. */
    public String home() {
        return home;
    }

    /** Leaders approve and see everything of their office and the offices below it. */
    public boolean isLeader() {
        return this == SECTION_LEADER || this == BUREAU_LEADER || this == COMMITTEE_DIRECTOR;
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
