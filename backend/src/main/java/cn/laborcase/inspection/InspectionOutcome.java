package cn.laborcase.inspection;

/** 处理结果, chosen at the end of the investigation (codes as in V17's comment). */
public enum InspectionOutcome {
    RECTIFIED("责令改正"),
    HANDLING_DECISION("行政处理决定"),
    PENALTY("行政处罚"),
    WITHDRAWN("撤销立案"),
    TRANSFERRED("移送有关部门"),
    CRIMINAL_TRANSFER("涉嫌犯罪移送公安机关");

    private final String label;

    InspectionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
