package cn.laborcase.emergency;

/** The timeline steps of the response after activation (code on the timeline row, label as the page shows it). */
enum ResponseStep {
    TEAM_ON_SITE("现场处置组到场"),
    AGENCIES_NOTIFIED("通报公安、住建、工会"),
    AGENCY_NOT_CONFIGURED("通报对象未配置"),
    REPAYMENT_ORDERED("责令限期清偿"),
    DEPOSIT_NOTICE_ISSUED("出具工资保证金支付通知书");

    private final String label;

    ResponseStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
