package cn.laborcase.hearing;

import java.util.List;

/**
 * The choices of the calendar page's filters: the committee's arbitrators and rooms (只看某位仲裁员、某个审理室), and
 * the committee itself (全委).
 */
public record CalendarFilter(String officeName, List<Choice> arbitrators, List<Choice> rooms) {

    public CalendarFilter {
        arbitrators = List.copyOf(arbitrators);
        rooms = List.copyOf(rooms);
    }

    public record Choice(String value, String label) {}
}
