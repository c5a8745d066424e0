package cn.laborcase.patrol;

/** The result of a patrol. */
public enum PatrolResult {
    /** 未发现违法. */
    NO_VIOLATION("未发现违法"),
    /** 当场责令改正, with its 现场检查笔录. */
    CORRECTED("当场责令改正"),
    /** 立案查处: the inspection track opens a case (RoutineFindingReported). */
    CASE_OPENED("立案查处");

    private final String label;

    PatrolResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String labelOf(String name) {
        if (name == null) {
            return null;
        }
        for (PatrolResult r : values()) {
            if (r.name().equals(name)) {
                return r.label;
            }
        }
        return name;
    }
}
