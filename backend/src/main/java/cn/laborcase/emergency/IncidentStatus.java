package cn.laborcase.emergency;

/** Where an incident stands, with the words screens show. */
public enum IncidentStatus {
    AWAITING_APPROVAL("待领导审批启动应急处置"),
    ACTIVATED("已启动应急处置"),
    REJECTED("不予启动应急处置"),
    INSPECTION("未达应急标准，按紧急监察案件办理"),
    CLOSED("已结案");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
