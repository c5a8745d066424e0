package cn.laborcase.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 公民身份号码 (GB 11643-1999): 6 digits of the address code, 8 of the birth date, 3 of the sequence, 1 check character
 * (ISO 7064 MOD 11-2: weights 2^(17-i) mod 11; a remainder of 10 is written X).
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    // the provincial part of the address code (GB/T 2260), including 台湾 71, 香港 81, 澳门 82 and 83 of the
    // residence permits of Taiwan residents
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83");

    private IdCardNumber() {}

    /** Why this is not a valid ID card number, in words a clerk understands; empty if it is one. */
    public static Optional<String> problemOf(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.of("请填写身份证号码");
        }
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (!value.matches("\\d{17}[\\dX]")) {
            return Optional.of("身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            return Optional.of("身份证号码前两位不是有效的省级行政区划代码");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("身份证号码中的出生日期无效");
        }
        if (birth.getYear() < 1900 || birth.isAfter(today)) {
            return Optional.of("身份证号码中的出生日期不合理");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            return Optional.of("身份证号码校验位错误，请核对后重新输入");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Upper-case X, no surrounding blanks: the form it is stored and compared in. */
    public static String normalize(String text) {
        return text.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
