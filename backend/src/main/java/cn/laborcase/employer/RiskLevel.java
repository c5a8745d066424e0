package cn.laborcase.employer;

/** 风险等级 of an employer, computed from its open early-warning signals (laborcase.employer.risk). */
public enum RiskLevel {
    LOW("低风险"),
    MEDIUM("中风险"),
    HIGH("高风险");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
