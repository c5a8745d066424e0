package cn.laborcase.organization;

/** Formats shared by the office and grid requests. */
final class OfficeFields {

    /** Codes end up in candidate group ids and process variables: plain upper-case ASCII. */
    static final String CODE = "[A-Z0-9][A-Z0-9-]{0,19}";

    static final String CODE_MESSAGE = "代码须为 1–20 位大写字母、数字或连字符";

    private OfficeFields() {}
}
