package cn.laborcase.hearing.web;

import cn.laborcase.hearing.BookHearingRequest;
import cn.laborcase.hearing.CancelRequest;
import cn.laborcase.hearing.HearingBookings;
import cn.laborcase.hearing.HearingView;
import cn.laborcase.hearing.RescheduleRequest;
import cn.laborcase.hearing.SlotSearch;
import cn.laborcase.hearing.SlotView;
import cn.laborcase.security.CurrentUsers;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/hearings}: book (201), read, move, cancel a hearing; search free slots. docs/hearings.md. */
@RestController
@RequestMapping("/api/hearings")
class HearingApiController {

    private final HearingBookings bookings;
    private final SlotSearch search;
    private final CurrentUsers currentUsers;

    HearingApiController(HearingBookings bookings, SlotSearch search, CurrentUsers currentUsers) {
        this.bookings = bookings;
        this.search = search;
        this.currentUsers = currentUsers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HearingView book(@RequestBody(required = false) BookHearingRequest request) {
        return bookings.book(currentUsers.require(), request);
    }

    @GetMapping("/{id:\\d+}")
    HearingView get(@PathVariable long id) {
        return bookings.get(currentUsers.require(), id);
    }

    @GetMapping(params = "caseId")
    List<HearingView> ofCase(@RequestParam long caseId) {
        return bookings.ofCase(currentUsers.require(), caseId);
    }

    @PostMapping("/{id:\\d+}/reschedule")
    HearingView reschedule(@PathVariable long id, @RequestBody(required = false) RescheduleRequest request) {
        return bookings.reschedule(currentUsers.require(), id, request);
    }

    @PostMapping("/{id:\\d+}/cancellation")
    HearingView cancel(@PathVariable long id, @RequestBody(required = false) CancelRequest request) {
        return bookings.cancel(currentUsers.require(), id, request);
    }

    @GetMapping("/slots")
    List<SlotView> slots(
            @RequestParam(required = false) Long caseId,
            @RequestParam(required = false) Integer durationMinutes,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return search.search(currentUsers.require(), caseId, durationMinutes, from, to);
    }
}
