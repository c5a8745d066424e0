package cn.laborcase.documents;

import java.util.List;

/**
 * A document type for the administrators' page.
 *
 * @param templateVersion SHA-256 of the template with the shared layout and stylesheet
 */
public record DocumentTypeView(
        String code,
        String name,
        String template,
        String templateVersion,
        String defaultNumberPattern,
        List<DocumentField> fields) {}
