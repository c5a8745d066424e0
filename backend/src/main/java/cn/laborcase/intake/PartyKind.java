package cn.laborcase.intake;

/**
 * How a person is party to a complaint: 投诉人 (a worker about his own rights: named in and served with the notices)
 * or 举报人 (confidential, 劳动保障监察条例 §9 第三款: shown only to those {@code DataScope} allows, each view
 * audited, never in a notice). A report and a complaint about the same matter are one case with separate parties; a
 * merge never turns one kind into the other, except that a reporter who then complains himself becomes a complainant.
 */
public enum PartyKind {
    COMPLAINANT("投诉人"),
    REPORTER("举报人");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static PartyKind of(ComplaintKind kind) {
        return kind == ComplaintKind.REPORT ? REPORTER : COMPLAINANT;
    }
}
