package cn.laborcase.emergency;

/** The incident's timeline steps (code on the timeline row, label as the page shows it). */
enum IncidentStep {
    REPORTED("报告事件"),
    GRADED("事件定级"),
    GRADE_RAISED("事件升级"),
    APPROVAL_CLOCK_SHORTENED("审批时限提前"),
    APPROVAL_REQUESTED("提请启动审批"),
    ESCALATED("审批超时上报局长"),
    APPROVED("批准启动应急处置"),
    REJECTED("不予启动应急处置"),
    INSPECTION_OPENED("转紧急监察案件"),
    PAYMENT_RECORDED("登记工资支付"),
    ADVANCE_REQUESTED("申请应急周转金垫付"),
    ADVANCE_APPROVED("批准应急周转金垫付"),
    ADVANCE_REJECTED("不予垫付"),
    PROGRESS_REPORTED("报送处置进展"),
    PROGRESS_OVERDUE("进展报告逾期"),
    CLOSURE_SUBMITTED("报送处置情况报告"),
    CLOSURE_RETURNED("处置情况报告退回"),
    CLOSED("批准结案");

    private final String label;

    IncidentStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
