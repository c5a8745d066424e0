package cn.laborcase.emergency;

/** A leader's decision on activating the emergency plan (启动应急处置审批). */
public enum ApprovalDecision {
    APPROVE("批准启动"),
    REJECT("不予启动");

    private final String label;

    ApprovalDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
