package cn.laborcase.intake;

import java.util.List;

/** A page of the complaint list. */
public record ComplaintPage(List<ComplaintSummary> items, long total, int page, int size) {

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
