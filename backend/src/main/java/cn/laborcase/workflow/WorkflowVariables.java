package cn.laborcase.workflow;

/** Process variables every process carries. Only ids and flags are variables; case data lives in our tables. */
public final class WorkflowVariables {

    public static final String CASE_TITLE = "caseTitle";
    public static final String OFFICE_CODE = "officeCode";
    public static final String GRID_CODE = "gridCode";

    private WorkflowVariables() {}
}
