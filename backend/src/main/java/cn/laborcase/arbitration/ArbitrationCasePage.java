package cn.laborcase.arbitration;

import java.util.List;

/** One page of the director's list with the number of cases that match the filter. */
public record ArbitrationCasePage(List<ArbitrationCaseListItem> items, int total, int page, int size) {

    public int pages() {
        return total == 0 ? 1 : (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
