package cn.laborcase.inspection;

/** Where an inspection case stands (codes as in V17's comment; screens show the label). */
public enum InspectionStatus {
    FILING_PENDING("待立案审批"),
    FILING_REFUSED("不予立案"),
    INVESTIGATING("调查取证"),
    RECTIFYING("限期整改"),
    DECIDING("处理决定"),
    PENALTY_NOTICE("行政处罚告知"),
    HEARING("听证"),
    TRANSFERRING("移送"),
    CLOSING_PENDING("待结案审批"),
    CLOSED("已结案"),
    WITHDRAWN("已撤销立案");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still being worked on (not refused, closed or withdrawn). */
    public boolean open() {
        return this != FILING_REFUSED && this != CLOSED && this != WITHDRAWN;
    }
}
