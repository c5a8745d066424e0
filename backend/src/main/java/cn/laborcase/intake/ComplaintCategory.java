package cn.laborcase.intake;

/** What the complaint is about (投诉事项). */
public enum ComplaintCategory {
    WAGE_ARREARS("拖欠工资"),
    NO_CONTRACT("未依法订立劳动合同"),
    SOCIAL_INSURANCE("未依法参加社会保险"),
    WORKING_HOURS("违反工作时间和休息休假规定"),
    CHILD_LABOR("使用童工"),
    DISMISSAL_DISPUTE("解除劳动合同争议"),
    OTHER("其他");

    private final String label;

    ComplaintCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
