package cn.laborcase.documents;

import java.util.List;

/**
 * One field a document type is filled with.
 *
 * @param name the key in the document's data and in its template ({@code f.name})
 * @param label what the form and error messages call it
 * @param options the allowed values of a {@link FieldKind#CHOICE}, empty otherwise
 */
public record DocumentField(
        String name, String label, FieldKind kind, boolean required, List<String> options, String hint) {

    public DocumentField {
        options = options == null ? List.of() : List.copyOf(options);
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
        return new DocumentField(name, label, kind, required, options, text);
    }
}
