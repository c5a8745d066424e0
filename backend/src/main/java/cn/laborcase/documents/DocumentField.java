package cn.laborcase.documents;

import cn.laborcase.shared.PersonalData;
import java.util.List;

/**
 * One field a document type is filled with.
 *
 * @param name the key in the document's data and in its template ({@code f.name})
 * @param label what the form and error messages call it
 * @param options the allowed values of a {@link FieldKind#CHOICE}, empty otherwise
 * @param masking how pages show it ({@link PersonalData}): an ID or phone number is masked until revealed (audited)
 */
public record DocumentField(
        String name,
        String label,
        FieldKind kind,
        boolean required,
        List<String> options,
        String hint,
        Masking masking) {

    /** Personal data in a field, shown masked by the one rule of {@link PersonalData}. */
    public enum Masking {
        NONE,
        ID_NUMBER,
        PHONE,
        /** Free text that lists people: every ID number and mobile number in it is masked. */
        PEOPLE;

        private static final java.util.regex.Pattern ID =
                java.util.regex.Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
        private static final java.util.regex.Pattern MOBILE =
                java.util.regex.Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

        public String apply(String value) {
            return switch (this) {
                case NONE -> value;
                case ID_NUMBER -> PersonalData.idNumber(value);
                case PHONE -> PersonalData.phone(value);
                case PEOPLE -> {
                    String ids = ID.matcher(value).replaceAll(m -> PersonalData.idNumber(m.group()));
                    yield MOBILE.matcher(ids).replaceAll(m -> PersonalData.phone(m.group()));
                }
            };
        }
    }

    public DocumentField {
        options = options == null ? List.of() : List.copyOf(options);
        masking = masking == null ? Masking.NONE : masking;
    }

    public DocumentField(
            String name, String label, FieldKind kind, boolean required, List<String> options, String hint) {
        this(name, label, kind, required, options, hint, Masking.NONE);
    }

    /** The same field, holding an ID number (masked on pages). */
    public DocumentField idNumber() {
        return new DocumentField(name, label, kind, required, options, hint, Masking.ID_NUMBER);
    }

    /** The same field, a text listing people with their ID and phone numbers (masked on pages). */
    public DocumentField people() {
        return new DocumentField(name, label, kind, required, options, hint, Masking.PEOPLE);
    }

    /** The same field, holding a private phone number (masked on pages). */
    public DocumentField phone() {
        return new DocumentField(name, label, kind, required, options, hint, Masking.PHONE);
    }

    /** The value as a page shows it before a reveal. */
    public String shown(String value) {
        return value == null ? null : readable(masking.apply(value));
    }

    /** A stored day-and-time (2026-03-02T14:00) as people write it, 2026-03-02 14:00: no ISO 'T' on screens. */
    public String readable(String value) {
        if (value == null || kind != FieldKind.DATETIME) {
            return value;
        }
        return value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}).*$", "$1 $2");
    }

    public static DocumentField required(String name, String label, FieldKind kind) {
        return new DocumentField(name, label, kind, true, List.of(), null);
    }

    public static DocumentField optional(String name, String label, FieldKind kind) {
        return new DocumentField(name, label, kind, false, List.of(), null);
    }

    public static DocumentField choice(String name, String label, boolean required, String... options) {
        return new DocumentField(name, label, FieldKind.CHOICE, required, List.of(options), null);
    }

    public DocumentField withHint(String text) {
        return new DocumentField(name, label, kind, required, options, text, masking);
    }
}
