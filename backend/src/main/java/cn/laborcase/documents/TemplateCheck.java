package cn.laborcase.documents;

/**
 * The result of rendering a type's sample data, for administrators.
 *
 * @param error what is wrong with the template (naming file and line), or null when it rendered
 */
public record TemplateCheck(
        String typeCode, String typeName, boolean ok, int pages, int bytes, long millis, String error) {}
