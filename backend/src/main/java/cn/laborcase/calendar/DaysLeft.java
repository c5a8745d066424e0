package cn.laborcase.calendar;

/**
 * How long an item (a task, a deadline) has left, in working days, with the colour lists show it in: overdue red,
 * at most {@link #AMBER_WORKING_DAYS} working days amber, otherwise plain.
 *
 * @param workingDays working days from today to the due day, negative when overdue (0: due today)
 * @param overdue the due instant has passed
 */
public record DaysLeft(int workingDays, boolean overdue) {

    /** Amber from this many working days left (issue 10: "≤ 2 working days amber"). */
    public static final int AMBER_WORKING_DAYS = 2;

    /** e.g. "超期 3 个工作日", "今日到期", "剩 5 个工作日". */
    public String label() {
        if (overdue) {
            return workingDays < 0 ? "超期 " + (-workingDays) + " 个工作日" : "已超期";
        }
        return workingDays <= 0 ? "今日到期" : "剩 " + workingDays + " 个工作日";
    }

    /** The badge class: {@code badge-overdue}, {@code badge-soon} or {@code badge-ok}. */
    public String css() {
        if (overdue) {
            return "badge-overdue";
        }
        return workingDays <= AMBER_WORKING_DAYS ? "badge-soon" : "badge-ok";
    }

    public boolean dueSoon() {
        return !overdue && workingDays <= AMBER_WORKING_DAYS;
    }
}
