package cn.laborcase.organization;

/** Formats shared by the staff requests. */
final class StaffFields {

    /** Digits with the usual separators: 0571-80000001, 138 0000 0000, +86 138... */
    static final String PHONE = "[0-9+() -]{5,20}";

    static final String PHONE_MESSAGE = "电话号码格式不正确";

    private StaffFields() {}
}
