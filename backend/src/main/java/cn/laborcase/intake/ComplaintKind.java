package cn.laborcase.intake;

/** 投诉: a worker about his own rights; 举报: anyone about a violation, possibly anonymous (劳动保障监察条例 §9). */
public enum ComplaintKind {
    COMPLAINT("投诉"),
    REPORT("举报");

    private final String label;

    ComplaintKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
