package cn.laborcase.arbitration;

/** Where an arbitration case (仲裁案件) stands; stored by name, shown by its label. */
public enum ArbitrationStatus {
    RECEIVED("已收件，待受理审查"),
    AWAITING_SUPPLEMENT("待补正"),
    ACCEPTED("已受理"),
    REFUSED("不予受理"),
    TRIBUNAL_COMPOSED("仲裁庭已组成，待开庭"),
    AWARDED("已裁决"),
    MEDIATED("已调解结案"),
    WITHDRAWN("已撤回"),
    TRANSFERRED("已移送管辖");

    private final String label;

    ArbitrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
