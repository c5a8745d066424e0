package cn.laborcase.documents;

import cn.laborcase.shared.ConflictException;

/**
 * A document template is broken: nothing was numbered, stored or changed (the transaction rolls back). The message
 * names the template and line so that an administrator can fix it; the user is told to ask one.
 */
public class TemplateFailedException extends ConflictException {

    private final String template;
    private final Integer line;

    TemplateFailedException(String template, Integer line, String reason) {
        super(
                "TEMPLATE_ERROR",
                "文书模板 templates/" + template
                        + (template.endsWith(".xhtml") || template.endsWith(".css") ? "" : ".xhtml")
                        + (line == null ? "" : " 第" + line + "行") + " 有误，文书未能生成，案件和文书均未作改动。请联系系统管理员检查模板。错误信息："
                        + reason);
        this.template = template;
        this.line = line;
    }

    public String template() {
        return template;
    }

    public Integer line() {
        return line;
    }
}
