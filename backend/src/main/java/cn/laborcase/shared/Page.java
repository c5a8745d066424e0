package cn.laborcase.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the total it is part of: every list screen (staff, outbox, notices, inbox, complaints, the
 * audit journal) pages with this record and the {@code fragments/pager} fragment.
 *
 * @param page zero-based
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one row: " + size);
        }
        page = Math.max(0, page);
    }

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }
}
