package cn.laborcase.documents;

/** Where a document stands. */
public enum DocumentStatus {
    /** 草稿: no number, no PDF, may change. */
    DRAFT("草稿"),
    /** 已签发: numbered, rendered, frozen. */
    ISSUED("已签发"),
    /** 已被更正版本取代: a later revision replaced it; still verifiable. */
    SUPERSEDED("已被更正版本取代");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
