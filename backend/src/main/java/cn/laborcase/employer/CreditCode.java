package cn.laborcase.employer;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the code set {@code 0-9 A-H J-N P-R T-U W-Y}; the last is a
 * check character computed from the first 17 with weights 3^(i) mod 31.
 */
public record CreditCode(String value) {

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Optional<String> problem = problemOf(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why this text is not a valid credit code, in words a clerk understands; empty if it is valid. */
    public static Optional<String> problemOf(String text) {
        if (text == null || text.length() != 18) {
            return Optional.of("统一社会信用代码应为 18 位");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARS.indexOf(text.charAt(i)) < 0) {
                return Optional.of("统一社会信用代码第 " + (i + 1) + " 位含有不允许的字符「" + text.charAt(i) + "」");
            }
        }
        if (checkCharacter(text.substring(0, 17)) != text.charAt(17)) {
            return Optional.of("统一社会信用代码校验位错误，请核对后重新输入");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARS.charAt(check);
    }

    @Override
    public String toString() {
        return value;
    }
}
