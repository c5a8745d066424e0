package cn.laborcase.emergency;

/** A fund advance request: awaiting the 局长, approved (to be recovered from the employer) or refused. */
public enum AdvanceStatus {
    REQUESTED("待局长审批"),
    APPROVED("已批准垫付"),
    REJECTED("不予垫付");

    private final String label;

    AdvanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
