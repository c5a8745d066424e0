package cn.laborcase.cases;

/**
 * The kind of a claim item (仲裁请求事项) of a labor dispute, shared by mediation and arbitration so that a failed
 * mediation's claims become the arbitration application's without retyping. Whether an award on the item can be final
 * (终局, 调解仲裁法 §47) depends on the kind: {@link #standardsItem()} items are final whatever their amount.
 */
public enum ClaimType {
    WAGES("追索劳动报酬"),
    OVERTIME("加班费"),
    SEVERANCE("经济补偿"),
    DAMAGES("赔偿金"),
    MEDICAL("医疗费"),
    WORK_INJURY("工伤医疗费及工伤保险待遇"),
    SOCIAL_INSURANCE("社会保险"),
    WORKING_HOURS("工作时间"),
    LEAVE("休息休假"),
    OTHER("其他");

    private final String label;

    ClaimType(String label) {
        this.label = label;
    }

    /** Chinese name shown to users and on documents. */
    public String label() {
        return label;
    }

    /**
     * A dispute over the state's labor standards on working hours, rest and leave, or social insurance (调解仲裁法
     * §47(二)): the award on it is final whatever its amount.
     */
    public boolean standardsItem() {
        return this == WORKING_HOURS || this == LEAVE || this == SOCIAL_INSURANCE;
    }
}
