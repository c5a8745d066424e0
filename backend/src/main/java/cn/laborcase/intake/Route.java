package cn.laborcase.intake;

/** Where a complaint goes on (分流), decided by processes/complaint-routing.dmn. */
public enum Route {
    EMERGENCY("欠薪应急处置"),
    INSPECTION("网格监察执法"),
    REFER_TO_ARBITRATION("建议告知申请调解仲裁");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
