package cn.laborcase.hearing.web;

import cn.laborcase.hearing.DocketProposals;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.BeijingTime;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 周排期建议 ({@code /hearings/docket}): the committee's cases waiting for a hearing, a proposal from the solver on a
 * calendar and in a table, and its confirmation; the page calls {@code /api/hearings/docket} (docs/hearings.md).
 */
@Controller
class DocketPageController {

    /** The solver's time the page asks for: long enough for a committee's weeks, short enough to wait for. */
    static final int SOLVE_SECONDS = 5;

    private final DocketProposals proposals;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    DocketPageController(DocketProposals proposals, CurrentUsers currentUsers, Clock clock) {
        this.proposals = proposals;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/hearings/docket")
    String page(Model model, HttpServletResponse response) {
        var cases = proposals.awaiting(currentUsers.require());
        // FullCalendar's empty <style> element, as on the calendar page
        response.setHeader("Content-Security-Policy", HearingCalendarController.POLICY);
        LocalDate today = BeijingTime.today(clock);
        model.addAttribute("cases", cases);
        model.addAttribute("today", today);
        model.addAttribute("nextMonday", today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        model.addAttribute("solveSeconds", SOLVE_SECONDS);
        return "hearing/docket";
    }
}
