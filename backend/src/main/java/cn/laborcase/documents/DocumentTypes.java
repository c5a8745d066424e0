package cn.laborcase.documents;

import cn.laborcase.documents.render.DocumentTemplates;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The registry of document types, from every {@link DocumentTypeProvider}. Checked at start-up: a type with a
 * duplicate code, a missing template, a bad default number pattern or sample data that fails its own field rules
 * stops the application instead of failing on the first document of that type.
 */
@Service
public class DocumentTypes {

    private final Map<String, DocumentType> types;

    DocumentTypes(List<DocumentTypeProvider> providers, DocumentTemplates templates) {
        Map<String, DocumentType> all = new LinkedHashMap<>();
        for (DocumentTypeProvider provider : providers) {
            for (DocumentType type : provider.documentTypes()) {
                check(type, templates);
                if (all.putIfAbsent(type.code(), type) != null) {
                    throw new IllegalStateException("document type " + type.code() + " is declared twice");
                }
            }
        }
        this.types = java.util.Collections.unmodifiableMap(all);
    }

    public List<DocumentType> all() {
        return new ArrayList<>(types.values());
    }

    public Optional<DocumentType> find(String code) {
        return Optional.ofNullable(code == null ? null : types.get(code));
    }

    public DocumentType require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("文书种类", code));
    }

    private static void check(DocumentType type, DocumentTemplates templates) {
        if (!templates.exists(type.template())) {
            throw new IllegalStateException("document type " + type.code() + ": template " + type.template()
                    + ".xhtml is not in templates/ (classpath " + DocumentTemplates.LOCATION + ")");
        }
        try {
            new NumberPattern(type.defaultNumberPattern());
            DocumentData.clean(type, type.sample());
        } catch (InvalidInputException e) {
            throw new IllegalStateException("document type " + type.code() + ": " + e.problems(), e);
        }
    }
}
