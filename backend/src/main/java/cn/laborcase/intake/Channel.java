package cn.laborcase.intake;

/** How the complaint reached the office (受理渠道). */
public enum Channel {
    COUNTER("窗口接待"),
    PHONE("12333电话"),
    ONLINE("网上投诉"),
    LETTER("来信"),
    CLUE_PLATFORM("全国欠薪线索平台");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
