package cn.laborcase.documents;

/** How a document field is entered, checked and shown. */
public enum FieldKind {
    /** One line, at most 200 characters. */
    TEXT,
    /** Several paragraphs (one per line), at most 5,000 characters. */
    TEXTAREA,
    /** A day, {@code 2026-03-02}; shown as 2026年3月2日. */
    DATE,
    /** A day and an hour, {@code 2026-03-02T14:00}; shown as 2026年3月2日14时. */
    DATETIME,
    /** One of the field's options. */
    CHOICE,
    /** A whole number. */
    NUMBER
}
