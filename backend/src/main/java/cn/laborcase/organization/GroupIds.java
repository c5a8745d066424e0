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

    /**
     * One staff member's own group: a task for named people (a patrol's drawn pair, 双随机) is a candidate task of
     * each one's group, so it is in both inboxes until one of them claims it.
     */
    public static String staff(String username) {
        return "staff:" + username;
    }

    public static String gridAssistants(String gridCode) {
        return "grid:" + gridCode + ":assistants";
    }
}
