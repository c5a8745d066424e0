package cn.laborcase.emergency;

/** Where a criminal referral stands; screens show the label. */
public enum ReferralStatus {
    PROPOSED("待局长审批"),
    APPROVED("已批准移送"),
    REJECTED("不予移送");

    private final String label;

    ReferralStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
