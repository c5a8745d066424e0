package cn.laborcase.shared;

/**
 * Masks personal data for lists, logs and exports (house style #19): what remains is enough to tell two people apart
 * at a glance, not to identify them.
 */
public final class PersonalData {

    private PersonalData() {}

    /** 330102199001011234 → 330102********1234 (address code and last four). */
    public static String idNumber(String value) {
        if (value == null || value.length() < 10) {
            return value == null ? null : "****";
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }

    /** 13812345678 → 138****5678; 0571-88888888 → 0571****8888. */
    public static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("\\D", "");
        if (digits.length() < 8) {
            return "****";
        }
        int head = digits.length() == 11 && digits.charAt(0) == '1' ? 3 : 4;
        return digits.substring(0, head) + "****" + digits.substring(digits.length() - 4);
    }

    /** 张三丰 → 张**. */
    public static String name(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        int first = value.offsetByCodePoints(0, 1);
        return value.substring(0, first) + "*".repeat(Math.max(1, value.codePointCount(first, value.length())));
    }

    /** a.b@example.cn → a***@example.cn. */
    public static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int at = value.indexOf('@');
        return at <= 0 ? "***" : value.charAt(0) + "***" + value.substring(at);
    }
}
