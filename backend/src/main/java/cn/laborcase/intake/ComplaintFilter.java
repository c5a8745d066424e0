package cn.laborcase.intake;

/**
 * Filters of the complaint list.
 *
 * @param status a {@link ComplaintStatus} name or null for all
 * @param category a {@link ComplaintCategory} name or null for all
 * @param page zero-based
 * @param idNumber a worker's ID-card number: only the complaints he is a complainant of (audited)
 */
public record ComplaintFilter(ComplaintStatus status, ComplaintCategory category, int page, int size, String idNumber) {

    public ComplaintFilter(ComplaintStatus status, ComplaintCategory category, int page, int size) {
        this(status, category, page, size, null);
    }

    public static final int DEFAULT_SIZE = 20;

    public ComplaintFilter {
        page = Math.max(page, 0);
        size = size <= 0 || size > 100 ? DEFAULT_SIZE : size;
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.strip();
    }
}
