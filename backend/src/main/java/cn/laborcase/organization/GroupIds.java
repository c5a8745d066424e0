package cn.laborcase.organization;

/** Candidate group ids used in BPMN ({@code camunda:candidateGroups}) and in the task inbox. */
public final class GroupIds {

    private GroupIds() {}

    public static String office(String officeCode, Role role) {
        return "office:" + officeCode + ":" + role.groupName();
    }

    /** Every leader of an office, whichever leader role he holds. */
    public static String officeLeaders(String officeCode) {
        return "office:" + officeCode + ":leaders";
    }

    public static String gridInspectors(String gridCode) {
        return "grid:" + gridCode + ":inspectors";
    }

    public static String gridAssistants(String gridCode) {
        return "grid:" + gridCode + ":assistants";
    }
}
