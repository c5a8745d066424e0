package cn.laborcase.documents.render;

/** A template could not be filled or laid out: names the template and, where known, the line. */
public final class TemplateRenderException extends RuntimeException {

    private final String template;
    private final Integer line;
    private final String reason;

    TemplateRenderException(String template, Integer line, String reason) {
        super("template " + template + (line == null ? "" : " line " + line) + ": " + reason);
        this.template = template;
        this.line = line;
        this.reason = reason;
    }

    public String template() {
        return template;
    }

    /** The line in the template file, or null when the failure has no position (e.g. in the layout step). */
    public Integer line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
