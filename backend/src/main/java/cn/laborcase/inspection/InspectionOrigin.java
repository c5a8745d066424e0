package cn.laborcase.inspection;

/** 案件来源. Every origin but COMPLAINT waits for the leader's 立案 approval (docs/inspection.md). */
public enum InspectionOrigin {
    COMPLAINT("投诉"),
    PATROL("日常巡视检查"),
    WRITTEN_REVIEW("书面审查"),
    WARNING("预警"),
    REFERRAL("移送"),
    INSTRUCTION("领导交办");

    private final String label;

    InspectionOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsFilingApproval() {
        return this != COMPLAINT;
    }
}
