package cn.laborcase.employer;

/**
 * The kinds of early-warning signal (预警信号; seed 001: 重点排查可能发生欠薪逃逸的企业). Each weighs the points
 * configured in {@code laborcase.employer.risk.points}.
 */
public enum RiskSignal {
    /** 多次被投诉: intake signals when a complaint arrives against an employer with several open or recent ones. */
    REPEATED_COMPLAINTS("多次被投诉"),
    /** 整改指令逾期未履行. */
    ORDER_NOT_COMPLIED("整改指令未履行"),
    /** 守法诚信等级评为 C. */
    GRADE_C("守法诚信等级为 C 级"),
    /** 网格协管员报告的风险（设备搬离、拖欠房租、工资迟发等）. */
    ASSISTANT_REPORT("网格员风险报告"),
    /** 工资保证金不足. */
    WAGE_DEPOSIT_SHORTFALL("工资保证金不足");

    private final String label;

    RiskSignal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
