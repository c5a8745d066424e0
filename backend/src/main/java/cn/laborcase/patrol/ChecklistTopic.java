package cn.laborcase.patrol;

/** The checklist of a routine patrol (日常巡视检查), each checked 符合 / 不符合 / 不适用. */
public enum ChecklistTopic {
    /** 劳动合同法 §10, §82. */
    LABOR_CONTRACT("劳动合同", "未依法订立书面劳动合同"),
    /** 劳动法 §50, 工资支付暂行规定 §6. */
    WAGE_PAYMENT("工资支付和工资台账", "未按时足额支付工资或未依法建立工资支付台账"),
    /** 劳动法 §36, §41. */
    WORKING_HOURS("工作时间", "违反工作时间和休息休假规定"),
    /** 社会保险法 §58. */
    SOCIAL_INSURANCE("社会保险", "未依法参加社会保险"),
    /** 劳动法 §58–§65, 女职工劳动保护特别规定. */
    SPECIAL_PROTECTION("未成年工和女职工保护", "违反未成年工和女职工特殊劳动保护规定"),
    /** 保障农民工工资支付条例 §26, §28 (construction sites). */
    MIGRANT_WAGES("农民工工资专用账户和实名制（建设工程项目）", "未落实农民工工资专用账户或实名制管理");

    private final String label;
    private final String violation;

    ChecklistTopic(String label, String violation) {
        this.label = label;
        this.violation = violation;
    }

    public String label() {
        return label;
    }

    /** The finding in words when the item is not complied with (the case's checklist items). */
    public String violation() {
        return violation;
    }

    public String field() {
        return "check." + name();
    }

    /** An answer to a checklist item. */
    public enum Verdict {
        COMPLIANT("符合"),
        VIOLATION("不符合"),
        NOT_APPLICABLE("不适用");

        private final String label;

        Verdict(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
