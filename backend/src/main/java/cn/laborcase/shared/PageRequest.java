package cn.laborcase.shared;

/**
 * Which page a list screen asks for. A page number from a request is never trusted: negative numbers become the first
 * page, and a page past {@link #MAX_PAGE} is refused as the last one allowed (no query with an offset in the
 * billions).
 */
public record PageRequest(int page, int size) {

    /** Deep paging is for exports, not screens. */
    public static final int MAX_PAGE = 10_000;

    public PageRequest {
        if (size < 1 || size > 500) {
            throw new IllegalArgumentException("page size out of range: " + size);
        }
        page = Math.min(Math.max(0, page), MAX_PAGE);
    }

    public static PageRequest of(Integer page, int size) {
        return new PageRequest(page == null ? 0 : page, size);
    }

    public int offset() {
        return page * size;
    }
}
