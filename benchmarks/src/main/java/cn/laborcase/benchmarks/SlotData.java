package cn.laborcase.benchmarks;

import cn.laborcase.shared.BeijingTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The slot search's month (issue 15), written with plain JDBC in the shape the application writes it: one committee
 * {@code BS} with 30 rooms (capacity 6/12/20, three closed for some days), 60 arbitrators, 10 hearing clerks, 1,000
 * hearings booked over the working days from {@link #TODAY} (each a TRIBUNAL_COMPOSED case with its tribunal, a
 * {@code hearing} row, its participants, its {@code arbitration_hearing} record and one {@code hearing_slot} row per
 * 30-minute slot for the room, each arbitrator and the clerk: what {@code HearingBookings.book} inserts), leave for
 * one arbitrator in six (a whole week) and two clerks (a day), and the case the search is for: a three-member
 * tribunal of the three busiest arbitrators (each sits on about 70 of the 1,000 hearings), four parties, no hearing.
 * Fixed seed; written once and kept (the marker is the case's receipt number).
 */
final class SlotData {

    static final String OFFICE = "BS";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2); // a Monday
    static final String CLERK = "bs-clerk01";
    static final String SEARCH_CASE = "BS-SEARCH";
    static final int ROOMS = 30;
    static final int ARBITRATORS = 60;
    static final int CLERKS = 10;
    static final int HEARINGS = 1000;
    private static final LocalTime DAY_START = LocalTime.of(8, 30);
    private static final int GRID = 30;
    private static final int SLOTS_A_DAY = 18; // 08:30–17:30

    private SlotData() {}

    static String arbitrator(int i) {
        return String.format("bs-arb%02d", i + 1);
    }

    static String clerk(int i) {
        return String.format("bs-clerk%02d", i + 1);
    }

    /** The search case's id, writing the data first if it is not there. */
    static long ensure(Connection c) throws SQLException {
        Long id = caseId(c);
        if (id != null) {
            return id;
        }
        long t0 = System.nanoTime();
        c.setAutoCommit(false);
        write(c);
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        System.out.printf("seeded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return caseId(c);
    }

    private static Long caseId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select id from arbitration_case where receipt_number = ?")) {
            p.setString(1, SEARCH_CASE);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The working days the bookings spread over: Monday to Friday for 5 weeks (November 2026 has no holiday). */
    static List<LocalDate> bookingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = TODAY; d.isBefore(TODAY.plusWeeks(5)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    private static void write(Connection c) throws SQLException {
        Random random = new Random(15);
        Instant now = BeijingTime.at(TODAY.minusDays(1), LocalTime.NOON);
        long office;
        try (PreparedStatement p = c.prepareStatement(
                "insert into office (code, name, short_name, kind, region_name, active, version)"
                        + " values (?, ?, ?, 'ARBITRATION', ?, true, 0)",
                new String[] {"id"})) {
            p.setString(1, OFFICE);
            p.setString(2, "基准测试劳动人事争议仲裁委员会");
            p.setString(3, "基准仲裁委");
            p.setString(4, "基准市");
            p.executeUpdate();
            office = key(p);
        }
        String hash = new BCryptPasswordEncoder(4).encode("Bench@2026");
        List<String> arbitrators = new ArrayList<>();
        for (int i = 0; i < ARBITRATORS; i++) {
            arbitrators.add(arbitrator(i));
            staff(c, office, arbitrator(i), "仲裁员" + (i + 1), hash, now, "ARBITRATOR");
        }
        List<String> clerks = new ArrayList<>();
        for (int i = 0; i < CLERKS; i++) {
            clerks.add(clerk(i));
            staff(c, office, clerk(i), "书记员" + (i + 1), hash, now, "HEARING_CLERK");
        }
        List<Long> rooms = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "insert into hearing_room (office_code, name, capacity, video, recording, opens_minute, closes_minute,"
                        + " active, created_at, version) values (?, ?, ?, ?, true, 510, 1050, true, ?, 0)",
                new String[] {"id"})) {
            for (int r = 0; r < ROOMS; r++) {
                p.setString(1, OFFICE);
                p.setString(2, String.format("第%02d仲裁庭", r + 1));
                p.setInt(3, r % 3 == 0 ? 6 : (r % 3 == 1 ? 12 : 20));
                p.setBoolean(4, r % 2 == 0);
                p.setTimestamp(5, Timestamp.from(now));
                p.executeUpdate();
                rooms.add(key(p));
            }
        }
        List<LocalDate> days = bookingDays();
        try (PreparedStatement p = c.prepareStatement(
                "insert into hearing_room_closure (room_id, from_day, to_day, reason) values (?, ?, ?, ?)")) {
            for (int r = 0; r < 3; r++) {
                LocalDate from = days.get(random.nextInt(days.size() - 3));
                p.setLong(1, rooms.get(r * 7));
                p.setObject(2, from);
                p.setObject(3, from.plusDays(2));
                p.setString(4, "设备检修");
                p.addBatch();
            }
            p.executeBatch();
        }
        // leave: one arbitrator in six a whole week, two clerks a day each; the search tribunal's presiding
        // arbitrator (bs-arb01) in training on the first day the notice window allows
        Set<String> busy = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement(
                "insert into staff_unavailability (username, starts_at, ends_at, kind, note, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, 'bs-admin', ?)")) {
            for (int a = 5; a < ARBITRATORS; a += 6) {
                LocalDate monday = TODAY.plusWeeks(random.nextInt(5));
                unavailable(p, arbitrators.get(a), monday, monday.plusDays(5), "LEAVE", now, busy);
            }
            for (int k = 0; k < 2; k++) {
                LocalDate day = days.get(random.nextInt(days.size()));
                unavailable(p, clerks.get(3 + k * 4), day, day.plusDays(1), "LEAVE", now, busy);
            }
            LocalDate training = LocalDate.of(2026, 11, 13);
            unavailable(p, arbitrators.get(0), training, training.plusDays(1), "TRAINING", now, busy);
            p.executeBatch();
        }

        // the bookings: a random day, start, length (1, 1.5 or 2 h), room and tribunal (a third three-member); the
        // first free clerk by name, as the booking picks him; a try that collides with a taken slot is skipped
        Set<String> taken = new HashSet<>();
        int booked = 0;
        int tries = 0;
        try (PreparedStatement caseInsert = c.prepareStatement(
                        "insert into arbitration_case (office_code, receipt_number, case_number, status, channel,"
                                + " received_at, locality, collective, registered_by, decided_by, decided_on,"
                                + " respondent_served_on, tribunal_mode, tribunal_composed_on, created_at, version)"
                                + " values (?, ?, ?, 'TRIBUNAL_COMPOSED', 'IN_PERSON', ?, '基准市', false, ?, ?, ?, ?,"
                                + " ?, ?, ?, 0)",
                        new String[] {"id"});
                PreparedStatement member = c.prepareStatement(
                        "insert into arbitration_tribunal_member (case_id, username, member_role, position)"
                                + " values (?, ?, ?, ?)");
                PreparedStatement caseHearing = c.prepareStatement(
                        "insert into arbitration_hearing (case_id, starts_at, ends_at, room, status, created_at, version)"
                                + " values (?, ?, ?, ?, 'SCHEDULED', ?, 0)",
                        new String[] {"id"});
                PreparedStatement hearing = c.prepareStatement(
                        "insert into hearing (case_id, case_hearing_id, case_number, office_code, room_id, starts_at,"
                                + " ends_at, clerk, status, notice_served_by, booked_by, booked_at, version)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', ?, ?, ?, 0)",
                        new String[] {"id"});
                PreparedStatement participant = c.prepareStatement(
                        "insert into hearing_participant (hearing_id, username, role) values (?, ?, ?)");
                PreparedStatement slot = c.prepareStatement(
                        "insert into hearing_slot (resource_kind, resource_id, slot_start, hearing_id)"
                                + " values (?, ?, ?, ?)")) {
            while (booked < HEARINGS && tries++ < HEARINGS * 50) {
                LocalDate day = days.get(random.nextInt(days.size()));
                int length = 2 + random.nextInt(3); // slots of 30 minutes
                int first = random.nextInt(SLOTS_A_DAY - length + 1);
                int room = random.nextInt(ROOMS);
                boolean three = random.nextInt(3) == 0;
                Set<String> tribunal = new LinkedHashSet<>();
                // the search tribunal's three sit on one hearing in five: the busiest arbitrators of the committee
                if (random.nextInt(5) == 0) {
                    tribunal.add(arbitrators.get(random.nextInt(3)));
                }
                while (tribunal.size() < (three ? 3 : 1)) {
                    tribunal.add(arbitrators.get(3 + random.nextInt(ARBITRATORS - 3)));
                }
                List<Instant> starts = new ArrayList<>();
                for (int s = 0; s < length; s++) {
                    starts.add(BeijingTime.at(day, DAY_START.plusMinutes((long) GRID * (first + s))));
                }
                if (!free(taken, busy, "ROOM", String.valueOf(rooms.get(room)), day, starts)
                        || tribunal.stream().anyMatch(a -> !free(taken, busy, "PERSON", a, day, starts))) {
                    continue;
                }
                String clerk = clerks.stream()
                        .filter(k -> free(taken, busy, "PERSON", k, day, starts))
                        .findFirst()
                        .orElse(null);
                if (clerk == null) {
                    continue;
                }
                booked++;
                String number = "基准劳人仲案字〔2026〕第" + booked + "号";
                Instant start = starts.get(0);
                Instant end = start.plusSeconds(60L * GRID * length);
                long caseId = insertCase(caseInsert, "BS-" + booked, number, three, now);
                int position = 0;
                for (String a : tribunal) {
                    member.setLong(1, caseId);
                    member.setString(2, a);
                    member.setString(3, three ? (position == 0 ? "PRESIDING" : "MEMBER") : "SOLE");
                    member.setInt(4, ++position);
                    member.addBatch();
                }
                caseHearing.setLong(1, caseId);
                caseHearing.setTimestamp(2, Timestamp.from(start));
                caseHearing.setTimestamp(3, Timestamp.from(end));
                caseHearing.setString(4, String.format("第%02d仲裁庭", room + 1));
                caseHearing.setTimestamp(5, Timestamp.from(now));
                caseHearing.executeUpdate();
                long caseHearingId = key(caseHearing);
                hearing.setLong(1, caseId);
                hearing.setLong(2, caseHearingId);
                hearing.setString(3, number);
                hearing.setString(4, OFFICE);
                hearing.setLong(5, rooms.get(room));
                hearing.setTimestamp(6, Timestamp.from(start));
                hearing.setTimestamp(7, Timestamp.from(end));
                hearing.setString(8, clerk);
                hearing.setObject(9, day.minusDays(7));
                hearing.setString(10, clerk);
                hearing.setTimestamp(11, Timestamp.from(now));
                hearing.executeUpdate();
                long hearingId = key(hearing);
                position = 0;
                for (String a : tribunal) {
                    participant.setLong(1, hearingId);
                    participant.setString(2, a);
                    participant.setString(3, three ? (position++ == 0 ? "PRESIDING" : "MEMBER") : "SOLE");
                    participant.addBatch();
                }
                participant.setLong(1, hearingId);
                participant.setString(2, clerk);
                participant.setString(3, "CLERK");
                participant.addBatch();
                List<String> people = new ArrayList<>(tribunal);
                people.add(clerk);
                for (Instant t : starts) {
                    slot(slot, taken, "ROOM", String.valueOf(rooms.get(room)), t, hearingId);
                    for (String person : people) {
                        slot(slot, taken, "PERSON", person, t, hearingId);
                    }
                }
            }
            member.executeBatch();
            participant.executeBatch();
            slot.executeBatch();

            // the case the search is for: three-member tribunal of bs-arb01..03, four parties, no hearing yet
            long search = insertCase(caseInsert, SEARCH_CASE, "基准劳人仲案字〔2026〕第0号", true, now);
            for (int i = 0; i < 3; i++) {
                member.setLong(1, search);
                member.setString(2, arbitrators.get(i));
                member.setString(3, i == 0 ? "PRESIDING" : "MEMBER");
                member.setInt(4, i + 1);
                member.addBatch();
            }
            member.executeBatch();
            try (PreparedStatement party = c.prepareStatement(
                    "insert into arbitration_party (case_id, kind, position, name, address, representative)"
                            + " values (?, ?, ?, ?, ?, false)")) {
                String[][] parties = {
                    {"APPLICANT", "1", "张明"},
                    {"APPLICANT", "2", "李红"},
                    {"RESPONDENT", "1", "基准科技有限公司"},
                    {"AGENT", "1", "王律师"}
                };
                for (String[] x : parties) {
                    party.setLong(1, search);
                    party.setString(2, x[0]);
                    party.setInt(3, Integer.parseInt(x[1]));
                    party.setString(4, x[2]);
                    party.setString(5, "基准市人民路1号");
                    party.addBatch();
                }
                party.executeBatch();
            }
        }
        System.out.printf("%,d hearings booked (%,d tries), %,d slot rows%n", booked, tries, taken.size());
    }

    private static long insertCase(PreparedStatement p, String receipt, String number, boolean three, Instant now)
            throws SQLException {
        LocalDate accepted = TODAY.minusDays(1);
        p.setString(1, OFFICE);
        p.setString(2, receipt);
        p.setString(3, number);
        p.setTimestamp(4, Timestamp.from(now));
        p.setString(5, CLERK);
        p.setString(6, CLERK);
        p.setObject(7, accepted);
        p.setObject(8, accepted);
        p.setString(9, three ? "THREE" : "SOLE");
        p.setObject(10, accepted);
        p.setTimestamp(11, Timestamp.from(now));
        p.executeUpdate();
        return key(p);
    }

    private static void staff(
            Connection c, long office, String username, String name, String hash, Instant now, String role)
            throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement(
                "insert into staff (username, display_name, password_hash, office_id, active, demo, created_at)"
                        + " values (?, ?, ?, ?, true, false, ?)",
                new String[] {"id"})) {
            p.setString(1, username);
            p.setString(2, name);
            p.setString(3, hash);
            p.setLong(4, office);
            p.setTimestamp(5, Timestamp.from(now));
            p.executeUpdate();
            id = key(p);
        }
        try (PreparedStatement p = c.prepareStatement("insert into staff_role (staff_id, role) values (?, ?)")) {
            p.setLong(1, id);
            p.setString(2, role);
            p.executeUpdate();
        }
    }

    private static void unavailable(
            PreparedStatement p, String who, LocalDate from, LocalDate to, String kind, Instant now, Set<String> busy)
            throws SQLException {
        p.setString(1, who);
        p.setTimestamp(2, Timestamp.from(BeijingTime.startOf(from)));
        p.setTimestamp(3, Timestamp.from(BeijingTime.startOf(to)));
        p.setString(4, kind);
        p.setString(5, "基准测试");
        p.setTimestamp(6, Timestamp.from(now));
        p.addBatch();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            busy.add(who + "|" + d);
        }
    }

    private static boolean free(
            Set<String> taken, Set<String> busy, String kind, String id, LocalDate day, List<Instant> starts) {
        return !busy.contains(id + "|" + day)
                && starts.stream().noneMatch(t -> taken.contains(kind + "|" + id + "|" + t.getEpochSecond()));
    }

    private static void slot(PreparedStatement p, Set<String> taken, String kind, String id, Instant t, long hearing)
            throws SQLException {
        taken.add(kind + "|" + id + "|" + t.getEpochSecond());
        p.setString(1, kind);
        p.setString(2, id);
        p.setTimestamp(3, Timestamp.from(t));
        p.setLong(4, hearing);
        p.addBatch();
    }

    private static long key(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
