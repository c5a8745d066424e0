package cn.laborcase.emergency;

/**
 * Who paid a worker's wages: the employer, the general contractor for its subcontractor (保障农民工工资支付条例 §30),
 * the employer's wage deposit (工资保证金), or the emergency revolving fund (应急周转金, an approved advance).
 */
public enum PaymentSource {
    EMPLOYER("用人单位支付"),
    CONTRACTOR("总承包单位清偿"),
    DEPOSIT("动用工资保证金"),
    FUND("应急周转金垫付");

    private final String label;

    PaymentSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
