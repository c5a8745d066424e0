package cn.laborcase.emergency;

/** Where a blacklist review stands; screens show the label. */
public enum BlacklistStatus {
    PROPOSED("待局长决定"),
    LISTED("决定列入名单"),
    NOT_LISTED("决定不予列入");

    private final String label;

    BlacklistStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
