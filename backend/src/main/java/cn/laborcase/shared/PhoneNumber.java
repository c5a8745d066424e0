package cn.laborcase.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A complainant's phone: a mainland mobile number (11 digits, 1[3-9]…) or a landline with its area code
 * (0571-88888888, optionally an extension).
 */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private PhoneNumber() {}

    public static Optional<String> problemOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("请填写联系电话");
        }
        String value = normalize(text);
        if (MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of("联系电话应为 11 位手机号码（1 开头）或带区号的固定电话（如 0571-88888888）");
    }

    /** Without blanks: the form it is stored in. */
    public static String normalize(String text) {
        return text.replaceAll("\\s", "");
    }

    /** Digits only: how two spellings of a number are compared (0571-88888888 = 057188888888). */
    public static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }
}
