package cn.laborcase.calendar;

/** Where a deadline stands today (Beijing time). On the due day itself it is due soon, not yet overdue. */
public enum DeadlineStatus {
    ON_TRACK("正常"),
    DUE_SOON("即将到期"),
    OVERDUE("已超期"),
    PAUSED("已中止"),
    CLOSED("已结束");

    private final String label;

    DeadlineStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
