package cn.laborcase.intake;

/** The steps a complaint's timeline records. */
public enum TimelineStep {
    REGISTERED("登记"),
    ROUTED("分流"),
    EMERGENCY_REPORTED("欠薪应急上报"),
    MERGED("合并"),
    REVIEW_STARTED("受理审查"),
    REMINDED("到期提醒"),
    OVERDUE("超期督办"),
    REASSIGNED("改派"),
    ACCEPTED("受理立案"),
    REFUSED("不予受理"),
    CORRECTION_REQUESTED("通知补正"),
    CORRECTION_RECEIVED("收到补正材料"),
    CORRECTION_EXPIRED("补正期满"),
    REFERRED("告知/移送"),
    DOCUMENT_ISSUED("文书送达");

    private final String label;

    TimelineStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
