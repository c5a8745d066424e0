package cn.laborcase.arbitration;

/**
 * The director's list filter (仲裁案件): by status, by the arbitrator sitting on the tribunal (user name), only the
 * suspended cases; and the page.
 *
 * @param status null: every status
 * @param arbitrator null: every arbitrator
 * @param suspendedOnly only cases whose award period stands still (中止, 公告送达)
 * @param page 0-based
 * @param size rows per page, 1–{@value ArbitrationQueries#LIST_MAX}
 */
public record ArbitrationCaseFilter(
        ArbitrationStatus status, String arbitrator, boolean suspendedOnly, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public ArbitrationCaseFilter {
        arbitrator = arbitrator == null || arbitrator.isBlank() ? null : arbitrator.strip();
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, ArbitrationQueries.LIST_MAX);
    }
}
