package cn.laborcase.shared;

import java.util.Optional;

/**
 * What every upload (service evidence, case evidence, patrol photos) is checked by: its type is read from its first
 * bytes, never from its name or the type the browser declared, and its name is made safe to store and to send back in
 * a download header.
 */
public final class UploadedFile {

    private UploadedFile() {}

    /**
     * The content type the bytes really are: JPEG, PNG, PDF or MP4 (a 留置送达 video, 民事诉讼法 §89); empty for
     * anything else.
     */
    public static Optional<String> sniff(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("image/png");
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return Optional.of("video/mp4");
        }
        return Optional.empty();
    }

    /**
     * Whether a file name holds a character that cannot be stored (PostgreSQL refuses NUL in text) or would break a
     * download header (control characters, the non-characters U+FFFE/U+FFFF).
     */
    public static boolean hasControlCharacters(String name) {
        return name != null && name.chars().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF);
    }

    /** The last path element of a name, stripped, at most 200 characters; {@code fallback} for a blank name. */
    public static String baseName(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        if (base.isEmpty()) {
            return fallback;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
