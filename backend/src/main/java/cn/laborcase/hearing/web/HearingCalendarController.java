package cn.laborcase.hearing.web;

import cn.laborcase.hearing.CalendarEventView;
import cn.laborcase.hearing.HearingCalendar;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 开庭排期: the calendar page ({@code /hearings/calendar}) and its event feed ({@code /api/hearings/calendar}); the
 * booking dialog on the page calls the hearings API (docs/hearings.md).
 */
@Controller
class HearingCalendarController {

    private final HearingCalendar calendar;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    HearingCalendarController(HearingCalendar calendar, CurrentUsers currentUsers, Clock clock) {
        this.calendar = calendar;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * The site's policy (security.SecurityHeaders) plus one exception: FullCalendar 6 creates an empty {@code
     * <style data-fullcalendar>} element and fills it through the CSSOM ({@code insertRule}), which the policy does
     * not govern; the element itself is an inline style and is allowed by the hash of the empty text, so no style
     * text can be smuggled in by it. Set here, the security chain's writer leaves it as it is.
     */
    static final String POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; style-src-attr 'unsafe-inline'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @GetMapping("/hearings/calendar")
    String page(Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        var user = currentUsers.require();
        model.addAttribute("filter", calendar.filter(user));
        model.addAttribute("mayBook", HearingCalendar.mayBook(user));
        model.addAttribute("today", BeijingTime.today(clock));
        return "hearing/calendar";
    }

    @GetMapping("/api/hearings/calendar")
    @ResponseBody
    List<CalendarEventView> events(
            @RequestParam(required = false) String start,
            @RequestParam(required = false) String end,
            @RequestParam(required = false) String arbitrator,
            @RequestParam(required = false) Long roomId) {
        return calendar.events(currentUsers.require(), start, end, arbitrator, roomId);
    }
}
