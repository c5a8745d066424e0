package cn.laborcase.documents;

import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of document (文书种类): its template, the fields it is filled with, and the number pattern used until an
 * administrator sets one for an office.
 *
 * @param code stable key, e.g. {@code ACCEPTANCE_NOTICE}
 * @param name the document's Chinese title, e.g. 受理通知书
 * @param template path below {@code templates/} without {@code .xhtml}
 * @param defaultNumberPattern e.g. {@code {office}劳监受字〔{year}〕{seq}号} ({@link NumberPattern})
 * @param sample realistic example data: the administrators' template check renders it, tests and the benchmark too
 * @param issuerRoles who may draft and issue it by hand on the documents pages; empty for a document only the system
 *     issues (e.g. the 送达回证, issued with the service record it proves)
 * @param officeKinds the kinds of office that issue it (an arbitration committee issues no 受理通知书 of inspection)
 */
public record DocumentType(
        String code,
        String name,
        String template,
        String defaultNumberPattern,
        List<DocumentField> fields,
        Map<String, String> sample,
        Set<Role> issuerRoles,
        Set<OfficeKind> officeKinds) {

    public DocumentType {
        fields = List.copyOf(fields);
        sample = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sample));
        issuerRoles = issuerRoles == null ? Set.of() : Set.copyOf(issuerRoles);
        officeKinds = officeKinds == null ? Set.of() : Set.copyOf(officeKinds);
    }

    /** A type only the system issues (nobody drafts it by hand). */
    public DocumentType(
            String code,
            String name,
            String template,
            String defaultNumberPattern,
            List<DocumentField> fields,
            Map<String, String> sample) {
        this(code, name, template, defaultNumberPattern, fields, sample, Set.of(), Set.of());
    }

    /** The same type, drafted and issued by hand by these roles in offices of these kinds. */
    public DocumentType issuedBy(Set<Role> roles, Set<OfficeKind> kinds) {
        return new DocumentType(code, name, template, defaultNumberPattern, fields, sample, roles, kinds);
    }

    /** May this user draft and issue it by hand, for an office of this kind? */
    public boolean mayBeIssuedBy(CurrentUser user, OfficeKind officeKind) {
        return officeKind != null
                && officeKinds.contains(officeKind)
                && user.roles().stream().anyMatch(issuerRoles::contains);
    }

    public Optional<DocumentField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<DocumentField> requiredFields() {
        return fields.stream().filter(DocumentField::required).toList();
    }
}
