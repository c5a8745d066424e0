package cn.laborcase.intake;

/** Where a complaint outside the inspection's remit is sent (告知/移送). */
public enum ReferralTarget {
    ARBITRATION("劳动人事争议仲裁委员会（《劳动保障监察条例》第二十一条）"),
    MEDIATION("劳动争议调解组织（《劳动保障监察条例》第二十一条）"),
    OTHER_OFFICE("有管辖权的劳动保障行政部门（《劳动保障监察条例》第十三条）"),
    OTHER_DEPARTMENT("其他主管部门");

    private final String label;

    ReferralTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The receiving department must be named: it is not implied by the target. */
    public boolean needsDepartmentName() {
        return this == OTHER_OFFICE || this == OTHER_DEPARTMENT;
    }
}
