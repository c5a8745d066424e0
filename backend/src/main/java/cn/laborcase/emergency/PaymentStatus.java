package cn.laborcase.emergency;

/** Whether a recorded payment counts (有效) or was corrected (已更正) or cancelled (已撤销); screens show the label. */
public enum PaymentStatus {
    ACTIVE("有效"),
    CORRECTED("已更正"),
    CANCELLED("已撤销");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
