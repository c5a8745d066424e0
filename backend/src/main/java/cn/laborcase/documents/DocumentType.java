package cn.laborcase.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of document (文书种类): its template, the fields it is filled with, and the number pattern used until an
 * administrator sets one for an office.
 *
 * @param code stable key, e.g. {@code ACCEPTANCE_NOTICE}
 * @param name the document's Chinese title, e.g. 受理通知书
 * @param template path below {@code templates/} without {@code .xhtml}
 * @param defaultNumberPattern e.g. {@code {office}劳监受字〔{year}〕{seq}号} ({@link NumberPattern})
 * @param sample realistic example data: the administrators' template check renders it, tests and the benchmark too
 */
public record DocumentType(
        String code,
        String name,
        String template,
        String defaultNumberPattern,
        List<DocumentField> fields,
        Map<String, String> sample) {

    public DocumentType {
        fields = List.copyOf(fields);
        sample = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sample));
    }

    public Optional<DocumentField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<DocumentField> requiredFields() {
        return fields.stream().filter(DocumentField::required).toList();
    }
}
