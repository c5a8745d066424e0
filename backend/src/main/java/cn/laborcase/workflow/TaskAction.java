package cn.laborcase.workflow;

/** What a user can do with a task now. */
public enum TaskAction {
    CLAIM("签收"),
    UNCLAIM("取消签收"),
    COMPLETE("办结"),
    TRANSFER("转办"),
    RETURN("退回");

    private final String label;

    TaskAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
