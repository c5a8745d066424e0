package cn.laborcase.organization;

/** How a staff member works in a grid; stored by name in {@code grid_member.kind}. */
public enum GridMemberKind {
    INSPECTOR("监察员"),
    ASSISTANT("协管员");

    private final String label;

    GridMemberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
