package cn.laborcase.organization;

import java.util.List;

/** One page of the staff list and the total, for paging. */
public record StaffPage(List<StaffSummary> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
