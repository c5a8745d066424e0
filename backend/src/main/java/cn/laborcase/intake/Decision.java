package cn.laborcase.intake;

/** The outcome of the admissibility review (25号令 §18). */
public enum Decision {
    ACCEPT("受理"),
    REFUSE("不予受理"),
    CORRECTION("通知补正"),
    REFER("告知/移送");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
