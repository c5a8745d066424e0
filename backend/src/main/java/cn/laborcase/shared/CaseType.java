package cn.laborcase.shared;

/**
 * The kinds of case the system handles. Each names the module that owns it; the kernel (audit, calendar, documents,
 * workflow, the timeline) only carries the kind, it never knows a track's content.
 */
public enum CaseType {
    /** 举报投诉 (intake). */
    COMPLAINT("举报投诉"),
    /** 监察案件 (inspection). */
    INSPECTION_CASE("监察案件"),
    /** 突发欠薪事件 (emergency). */
    WAGE_INCIDENT("欠薪事件"),
    /** 调解案件 (mediation). */
    MEDIATION("调解案件"),
    /** 仲裁案件 (arbitration). */
    ARBITRATION_CASE("仲裁案件");

    private final String label;

    CaseType(String label) {
        this.label = label;
    }

    /** The Chinese name users see. */
    public String label() {
        return label;
    }

    /** The type for a stored code, or empty for an unknown one (input from a request is never trusted). */
    public static java.util.Optional<CaseType> of(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        for (CaseType t : values()) {
            if (t.name().equals(code)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
