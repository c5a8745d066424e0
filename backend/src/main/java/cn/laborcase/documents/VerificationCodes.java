package cn.laborcase.documents;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes (核验码): 12 characters of Crockford's base32 (no I, L, O, U), 60 random bits from a
 * {@link SecureRandom}: unguessable, and safe to read out or type from paper, where O/0 and I/1 are mixed up.
 */
final class VerificationCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /**
     * A code as typed: case, spaces and dashes ignored, O read as 0 and I/L as 1; null when it cannot be a code.
     */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip()
                .toUpperCase(Locale.ROOT)
                .replace("-", "")
                .replace(" ", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
