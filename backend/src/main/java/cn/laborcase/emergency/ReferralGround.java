package cn.laborcase.emergency;

/** Why an incident goes to the police (刑法 §276-1: 逃匿 … 经政府有关部门责令支付仍不支付). */
public enum ReferralGround {
    ABSCONDED("用人单位（经营者）逃匿"),
    ORDER_NOT_COMPLIED("经责令支付仍不支付");

    private final String label;

    ReferralGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
