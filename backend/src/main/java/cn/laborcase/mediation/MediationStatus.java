package cn.laborcase.mediation;

/** Where a mediation case stands (调解案件状态), with its Chinese label. */
public enum MediationStatus {
    REFERRED("待登记"),
    REGISTERED("调解中"),
    AGREED("达成协议"),
    TERMINATED("终止调解"),
    FAILED("逾期未达成协议"),
    CONFIRMATION_REQUESTED("已申请仲裁审查");

    private final String label;

    MediationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Mediation is over: no session, agreement or termination any more. */
    public boolean ended() {
        return this != REFERRED && this != REGISTERED;
    }
}
