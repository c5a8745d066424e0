package cn.laborcase.mediation;

/** Where a mediation case stands (调解案件状态), with its Chinese label. */
public enum MediationStatus {
    REFERRED("待登记"),
    REGISTERED("调解中"),
    AGREED("达成协议"),
    TERMINATED("终止调解"),
    FAILED("逾期未达成协议"),
    CONFIRMATION_REQUESTED("已申请仲裁审查"),
    /** The committee confirmed the agreement and issued the 仲裁调解书 (effective on both parties' signed receipt). */
    CONFIRMED("已出具仲裁调解书"),
    /** The committee refused to make a 调解书 (办案规则 §78): the parties may apply for arbitration. */
    CONFIRMATION_REFUSED("不予制作调解书");

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
