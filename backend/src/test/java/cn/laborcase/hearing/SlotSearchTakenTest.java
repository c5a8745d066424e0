package cn.laborcase.hearing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.hearing.persistence.HearingMapper;
import cn.laborcase.hearing.persistence.SlotRow;
import cn.laborcase.hearing.persistence.SlotRun;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slot search's taken slots read as runs per resource and hearing, and one by one when a run has a gap. */
class SlotSearchTakenTest {

    static final Instant DAY = Instant.parse("2026-11-02T16:00:00Z"); // 11-03 00:00 Beijing
    static final Instant NINE = DAY.plusSeconds(9 * 3600);

    final List<String> calls = new ArrayList<>();

    HearingMapper mapper(List<SlotRun> runs, List<SlotRow> rows) {
        return (HearingMapper) Proxy.newProxyInstance(
                HearingMapper.class.getClassLoader(), new Class<?>[] {HearingMapper.class}, (proxy, m, args) -> {
                    calls.add(m.getName());
                    return switch (m.getName()) {
                        case "takenRuns" -> runs;
                        case "takenSlots" -> rows;
                        default -> throw new UnsupportedOperationException(m.getName());
                    };
                });
    }

    @Test
    void aConsecutiveRunTakesEverySlotFromFirstToLast() {
        Map<String, SlotSearch.Taken> taken = SlotSearch.taken(
                mapper(List.of(new SlotRun("ROOM", "1", NINE, NINE.plusSeconds(3600), 3)), List.of()),
                List.of("1"),
                List.of(),
                DAY,
                DAY.plusSeconds(86400),
                30);

        SlotSearch.Taken room = taken.get("ROOM|1");
        assertThat(room.contains(NINE.getEpochSecond())).isTrue();
        assertThat(room.contains(NINE.plusSeconds(1800).getEpochSecond())).isTrue();
        assertThat(room.contains(NINE.plusSeconds(3600).getEpochSecond())).isTrue();
        assertThat(room.contains(NINE.plusSeconds(5400).getEpochSecond())).isFalse();
        assertThat(room.contains(NINE.minusSeconds(1800).getEpochSecond())).isFalse();
        assertThat(calls).containsExactly("takenRuns");
    }

    @Test
    void aRunWithAGapIsReadSlotBySlot() {
        Map<String, SlotSearch.Taken> taken = SlotSearch.taken(
                mapper(
                        List.of(new SlotRun("PERSON", "arb1", NINE, NINE.plusSeconds(3600), 2)),
                        List.of(
                                new SlotRow("PERSON", "arb1", NINE, 7),
                                new SlotRow("PERSON", "arb1", NINE.plusSeconds(3600), 7))),
                List.of(),
                List.of("arb1"),
                DAY,
                DAY.plusSeconds(86400),
                30);

        SlotSearch.Taken person = taken.get("PERSON|arb1");
        assertThat(person.contains(NINE.getEpochSecond())).isTrue();
        assertThat(person.contains(NINE.plusSeconds(1800).getEpochSecond())).isFalse();
        assertThat(person.contains(NINE.plusSeconds(3600).getEpochSecond())).isTrue();
        assertThat(calls).containsExactly("takenRuns", "takenSlots");
    }

    @Test
    void slotsOffTheGridAreNeverTaken() {
        Instant offGrid = NINE.plusSeconds(900);
        Map<String, SlotSearch.Taken> taken = SlotSearch.taken(
                mapper(
                        List.of(new SlotRun("ROOM", "2", offGrid, offGrid.plusSeconds(1800), 2)),
                        List.of(
                                new SlotRow("ROOM", "2", offGrid, 8),
                                new SlotRow("ROOM", "2", offGrid.plusSeconds(1800), 8))),
                List.of("2"),
                List.of(),
                DAY,
                DAY.plusSeconds(86400),
                30);

        assertThat(taken).doesNotContainKey("ROOM|2");
        assertThat(calls).containsExactly("takenRuns", "takenSlots");
    }
}
