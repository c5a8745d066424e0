package cn.laborcase.workflow;

/** Where a task stands in the inbox's own table. */
public enum TaskStatus {
    OPEN("待办"),
    COMPLETED("已办结"),
    RETURNED("已退回"),
    CANCELLED("已撤销");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
