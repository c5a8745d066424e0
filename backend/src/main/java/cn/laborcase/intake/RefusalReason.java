package cn.laborcase.intake;

/** Why a complaint is not accepted: the conditions of 25号令 §18 and the articles behind them. */
public enum RefusalReason {
    EXPIRED("违法行为发生已超过两年（《劳动保障监察条例》第二十条）"),
    NOT_INSPECTION_MATTER("不属于劳动保障监察职权范围（《劳动保障监察条例》第十一条）"),
    NOT_OUR_JURISDICTION("不属于本机关管辖（《劳动保障监察条例》第十三条）"),
    OTHER("其他理由");

    private final String label;

    RefusalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
