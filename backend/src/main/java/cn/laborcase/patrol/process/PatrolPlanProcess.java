package cn.laborcase.patrol.process;

/** patrol-plan.bpmn: its two processes, the element ids used in code and tests, the variables. */
public final class PatrolPlanProcess {

    public static final String KEY = "patrol-plan";
    public static final String MONTHLY_TIMER = "StartEvent_Monthly";
    public static final String DRAW_PLANS = "Task_DrawPlans";

    public static final String RECORD_KEY = "patrol-record";
    public static final String RECORD_PATROL = "Task_RecordPatrol";
    public static final String RECORDED = "EndEvent_Recorded";

    /** The drawn pair's personal groups (comma separated). */
    public static final String PATROL_GROUPS = "patrolGroups";

    public static final String DUE_DATE = "dueDate";

    private PatrolPlanProcess() {}
}
