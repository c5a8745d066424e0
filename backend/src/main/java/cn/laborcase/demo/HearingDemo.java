package cn.laborcase.demo;

import cn.laborcase.arbitration.AwaitingHearingItem;
import cn.laborcase.arbitration.HearingCases;
import cn.laborcase.hearing.BookHearingRequest;
import cn.laborcase.hearing.HearingBookings;
import cn.laborcase.hearing.HearingRooms;
import cn.laborcase.hearing.RoomRequest;
import cn.laborcase.hearing.SlotSearch;
import cn.laborcase.hearing.SlotView;
import cn.laborcase.hearing.StaffAvailability;
import cn.laborcase.hearing.UnavailabilityRequest;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Hearings of the demo committee A1 (docs/hearings.md): three rooms, a training day for 陈立 ({@code arbitrator3}), and
 * the sole-arbitrator case booked by 林晓 ({@code hearingclerk}) in the earliest slot the search offers; the
 * three-member case stays on the docket (awaiting its hearing).
 */
@Component
class HearingDemo {

    private final HearingRooms rooms;
    private final StaffAvailability availability;
    private final HearingCases cases;
    private final SlotSearch search;
    private final HearingBookings bookings;
    private final UserLookup users;
    private final Clock clock;

    HearingDemo(
            HearingRooms rooms,
            StaffAvailability availability,
            HearingCases cases,
            SlotSearch search,
            HearingBookings bookings,
            UserLookup users,
            Clock clock) {
        this.rooms = rooms;
        this.availability = availability;
        this.cases = cases;
        this.search = search;
        this.bookings = bookings;
        this.users = users;
        this.clock = clock;
    }

    void load() {
        CurrentUser admin = users.findActive("admin").orElseThrow();
        rooms.create(admin, new RoomRequest("A1", "第一仲裁庭", 20, true, true, "08:30", "17:30", List.of()));
        rooms.create(admin, new RoomRequest("A1", "第二仲裁庭", 12, false, true, "08:30", "17:30", List.of()));
        LocalDate today = BeijingTime.today(clock);
        rooms.create(
                admin,
                new RoomRequest(
                        "A1",
                        "调解室（小）",
                        6,
                        false,
                        false,
                        "09:00",
                        "17:00",
                        List.of(new RoomRequest.ClosureRequest(
                                today.plusDays(20).toString(),
                                today.plusDays(22).toString(),
                                "设备检修"))));
        availability.add(
                admin,
                new UnavailabilityRequest(
                        "arbitrator3",
                        today.plusDays(14).toString(),
                        today.plusDays(14).toString(),
                        "TRAINING",
                        "仲裁员业务培训"));
        CurrentUser clerk = users.findActive("hearingclerk").orElseThrow();
        for (AwaitingHearingItem item : cases.awaitingHearing(clerk)) {
            if (item.tribunal().size() == 1) {
                List<SlotView> slots = search.search(clerk, item.id(), 90, null, null);
                if (!slots.isEmpty()) {
                    SlotView s = slots.get(0);
                    bookings.book(
                            clerk,
                            new BookHearingRequest(
                                    item.id(),
                                    s.roomId(),
                                    s.start().toString(),
                                    s.end().toString(),
                                    s.clerk().username()));
                }
            }
        }
    }
}
