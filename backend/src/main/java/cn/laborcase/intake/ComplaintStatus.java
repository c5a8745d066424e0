package cn.laborcase.intake;

/** Where a complaint stands. */
public enum ComplaintStatus {
    REGISTERED("已登记"),
    UNDER_REVIEW("受理审查中"),
    AWAITING_CORRECTION("待补正材料"),
    ACCEPTED("已受理立案"),
    REFUSED("不予受理"),
    REFERRED("已告知/移送"),
    MERGED("已并案");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still before a decision: a new complaint about the same matter joins it. */
    public boolean awaitsDecision() {
        return this == REGISTERED || this == UNDER_REVIEW || this == AWAITING_CORRECTION;
    }
}
