package cn.laborcase.employer;

import cn.laborcase.security.CurrentUser;
import java.time.Instant;
import java.util.List;

/**
 * A section of the employer's page filled by another module (投诉举报 by intake, 监察案件 by inspection, 巡视检查 and
 * 书面审查 by patrol): each module lists what it holds about the employer, in the viewer's data scope. Register an
 * implementation as a bean; the employer page shows every source in {@link #order()}.
 */
public interface EmployerRecordSource {

    /** Position on the page, ascending. */
    int order();

    /** The section's Chinese title, e.g. 监察案件. */
    String title();

    /** The employer's records the viewer may see, newest first, at most {@code limit}. */
    List<Line> recordsOf(long employerId, CurrentUser viewer, int limit);

    /**
     * One line of a section.
     *
     * @param label what the record is called (a case number, a plan's month)
     * @param detail a short description in words
     * @param status its state in words
     * @param at when it happened (shown in Beijing time)
     * @param href the record's page, or null
     */
    record Line(String label, String detail, String status, Instant at, String href) {}
}
