package cn.laborcase.emergency;

/** The timeline steps of what follows an incident (code on the timeline row, label as the page shows it). */
enum FollowUpStep {
    PAYMENT_CORRECTED("更正工资支付"),
    PAYMENT_CANCELLED("撤销工资支付"),
    RECOVERY_RECORDED("登记追偿"),
    INSPECTION_LINKED("关联监察案件"),
    REFERRAL_PROPOSED("提请移送公安机关"),
    REFERRAL_APPROVED("批准移送公安机关"),
    REFERRAL_REJECTED("不予移送"),
    BLACKLIST_PROPOSED("提请列入失信联合惩戒名单"),
    BLACKLIST_LISTED("决定列入失信联合惩戒名单"),
    BLACKLIST_NOT_LISTED("决定不予列入失信联合惩戒名单");

    private final String label;

    FollowUpStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
