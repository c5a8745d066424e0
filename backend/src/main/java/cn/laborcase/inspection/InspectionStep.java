package cn.laborcase.inspection;

/** The steps of an inspection case as its timeline names them (code stored, label shown). */
public enum InspectionStep {
    OPENED("案件登记"),
    FILED("立案"),
    FILING_REFUSED("不予立案"),
    INSPECTORS_ASSIGNED("指派监察员"),
    DECLARED("回避声明"),
    RECUSAL_REQUESTED("申请回避"),
    RECUSAL_DECIDED("回避决定"),
    INVESTIGATED("调查取证"),
    INVESTIGATION_CONFIRMED("调查结果复核"),
    INVESTIGATION_RETURNED("调查退回"),
    RECTIFICATION_ORDERED("责令限期整改"),
    RECHECKED("复查"),
    HANDLING_DECIDED("行政处理决定"),
    COMPENSATION_DECIDED("加付赔偿金决定"),
    PENALTY_NOTIFIED("行政处罚事先告知"),
    PARTY_RESPONDED("陈述申辩/听证申请"),
    NOTICE_PERIOD_ENDED("陈述申辩期届满"),
    HEARING_SCHEDULED("听证通知"),
    HEARING_HELD("听证"),
    PENALTY_DECIDED("行政处罚决定"),
    WITHDRAWAL_PROPOSED("提请撤销立案"),
    WITHDRAWN("撤销立案"),
    TRANSFERRED("移送有关部门"),
    CRIMINAL_TRANSFER_DECIDED("涉嫌犯罪移送决定"),
    CRIMINAL_TRANSFERRED("移送公安机关"),
    CLOSING_PROPOSED("提请结案"),
    CLOSING_RETURNED("结案审批退回"),
    CLOSED("结案"),
    EXTENSION_REQUESTED("申请延长办案期限"),
    EXTENDED("延长办案期限"),
    EXTENSION_REFUSED("不批准延长办案期限"),
    REMINDED("办案期限提醒"),
    OVERDUE("办案超期"),
    GRID_MOVED("移交新网格"),
    EVIDENCE_ADDED("添加证据材料");

    private final String label;

    InspectionStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
