package cn.laborcase.workflow;

import java.util.List;

/**
 * One page of tasks and the total, for paging. A queue longer than {@link #COUNT_CAP} is not counted to its end
 * (that count was the cost of every page at volume): its total is {@code COUNT_CAP} with {@code totalCapped} set,
 * shown as "1000+".
 */
public record InboxPage(List<TaskView> tasks, long total, boolean totalCapped, int page, int size) {

    public static final int COUNT_CAP = 1000;

    /** From a count that stopped at {@code COUNT_CAP + 1}. */
    static InboxPage of(List<TaskView> tasks, long counted, int page, int size) {
        boolean capped = counted > COUNT_CAP;
        return new InboxPage(tasks, capped ? COUNT_CAP : counted, capped, page, size);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages() || (totalCapped && !tasks.isEmpty() && tasks.size() == size);
    }

    /** "37", or "1000+" for a queue that was not counted to its end. */
    public String totalLabel() {
        return totalCapped ? total + "+" : Long.toString(total);
    }

    public String pagesLabel() {
        return totalCapped ? pages() + "+" : Integer.toString(pages());
    }
}
