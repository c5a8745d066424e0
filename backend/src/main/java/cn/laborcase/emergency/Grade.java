package cn.laborcase.emergency;

/**
 * 事件分级: the four levels of the office's emergency plan (Ⅰ 特别重大 … Ⅳ 一般), and below the threshold (handled as an
 * urgent inspection case). Which facts give which level is the grading table's (processes/wage-incident-grading.dmn),
 * with thresholds from configuration; this enum only knows the order of the levels.
 */
public enum Grade {
    BELOW_THRESHOLD("未达应急标准", "未达应急标准", 0),
    IV("Ⅳ", "一般", 1),
    III("Ⅲ", "较大", 2),
    II("Ⅱ", "重大", 3),
    I("Ⅰ", "特别重大", 4);

    private final String numeral;
    private final String gradeName;
    private final int rank;

    Grade(String numeral, String gradeName, int rank) {
        this.numeral = numeral;
        this.gradeName = gradeName;
        this.rank = rank;
    }

    /** 特别重大, 重大, 较大, 一般; 未达应急标准 below the threshold. */
    public String gradeName() {
        return gradeName;
    }

    /** As screens show it: Ⅳ级（一般）. */
    public String label() {
        return this == BELOW_THRESHOLD ? gradeName : numeral + "级（" + gradeName + "）";
    }

    public boolean isHigherThan(Grade other) {
        return rank > other.rank;
    }

    /** Whether activating the emergency plan needs a leader's approval (every level, not below the threshold). */
    public boolean needsApproval() {
        return this != BELOW_THRESHOLD;
    }
}
