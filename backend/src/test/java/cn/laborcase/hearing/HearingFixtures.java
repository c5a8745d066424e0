package cn.laborcase.hearing;

import cn.laborcase.arbitration.AcceptanceDecision;
import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.RegisterApplicationRequest;
import cn.laborcase.arbitration.RegisteredApplication;
import cn.laborcase.arbitration.ServiceRecordRequest;
import cn.laborcase.arbitration.TribunalRequest;
import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.TestStaff;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases of the demo committee A1 ready for a hearing: accepted on 2026-09-10 (award deadline: day 45 is Sunday
 * 2026-10-25, so 2026-10-26), the respondent served the same day, the tribunal composed; optionally the answer period
 * run out so that 安排开庭 is open. Rooms of A1 with unique names, an administrator.
 */
public final class HearingFixtures {

    public static final LocalDate ACCEPTED = LocalDate.of(2026, 9, 10);
    public static final LocalDate AWARD_DUE = LocalDate.of(2026, 10, 26);

    public final ArbitrationFixtures a;
    final CurrentUser admin;
    private final JdbcTemplate jdbc;
    private final UserLookup users;
    private final ObjectMapper json;
    private final ArbitrationRegistration registration;
    private final ApplicationReview review;
    private final CasePreparation preparation;
    private final HearingRooms rooms;

    public HearingFixtures(
            JdbcTemplate jdbc,
            UserLookup users,
            ObjectMapper json,
            ArbitrationRegistration registration,
            ApplicationReview review,
            CasePreparation preparation,
            HearingRooms rooms) {
        this.jdbc = jdbc;
        this.users = users;
        this.json = json;
        this.registration = registration;
        this.review = review;
        this.preparation = preparation;
        this.rooms = rooms;
        this.a = new ArbitrationFixtures(jdbc, users);
        this.admin = user("hadmin-t", "A1", "ADMIN");
    }

    public CurrentUser user(String prefix, String office, String role) {
        String name = TestStaff.uniqueUsername(prefix);
        TestStaff.insert(jdbc, name, ArbitrationFixtures.PASSWORD, office, role);
        return users.findActive(name).orElseThrow();
    }

    public static void at(LocalDate day, int hour) {
        TestClock.get()
                .set(OffsetDateTime.of(day.atTime(hour, 0), ZoneOffset.ofHours(8))
                        .toInstant());
    }

    /** A case with its tribunal composed (three members, or a sole arbitrator when only one is given). */
    public long composedCase(Processes processes, boolean openScheduling, CurrentUser... tribunal) throws Exception {
        at(ACCEPTED, 10);
        RegisteredApplication r = registration.register(
                a.clerk,
                json.readValue(
                        ArbitrationFixtures.application(
                                "2026-09-09T09:00:00+08:00", ArbitrationFixtures.claim("WAGES", "18600.00", "支付工资")),
                        RegisterApplicationRequest.class),
                null);
        review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
        String pid = processInstance(r.id());
        processes.runAsyncSteps(pid);
        preparation.recordService(a.clerk, r.id(), new ServiceRecordRequest(ACCEPTED.toString()));
        preparation.composeTribunal(
                a.director,
                r.id(),
                tribunal.length == 1
                        ? new TribunalRequest("SOLE", null, null, null, tribunal[0].username())
                        : new TribunalRequest(
                                "THREE", tribunal[0].username(), tribunal[1].username(), tribunal[2].username(), null));
        processes.runAsyncSteps(pid);
        if (openScheduling) {
            processes.reachTimer(pid, ArbitrationProcess.TIMER_ANSWER_PERIOD);
        }
        return r.id();
    }

    public String processInstance(long caseId) {
        return jdbc.queryForObject(
                "select process_instance_id from arbitration_case where id = ?", String.class, caseId);
    }

    public RoomView room(String name, int capacity) {
        return rooms.create(
                admin,
                new RoomRequest(
                        "A1",
                        name + "-" + TestStaff.uniqueUsername("r"),
                        capacity,
                        true,
                        true,
                        "08:30",
                        "17:30",
                        java.util.List.of()));
    }
}
