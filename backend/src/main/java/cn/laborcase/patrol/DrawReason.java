package cn.laborcase.patrol;

/** Why an employer is in a month's patrol plan. */
public enum DrawReason {
    /** 重点监控: on the watch list (预警), always drawn. */
    WATCH_LIST("重点监控"),
    /** 超过最长间隔: not patrolled for its grade's maximum interval, drawn whatever the lot says. */
    OVERDUE("超过最长间隔"),
    /** 抽中: drawn by lot at its grade's rate. */
    SAMPLED("抽中");

    private final String label;

    DrawReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
