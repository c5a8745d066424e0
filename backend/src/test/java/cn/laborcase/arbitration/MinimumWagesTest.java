package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The finality limit: 12 × the monthly minimum wage in force in the locality on the day (调解仲裁法 §47(一)). */
class MinimumWagesTest {

    final MinimumWages wages = new MinimumWages(List.of(
            new ArbitrationSettings.MinimumWage("示范市", LocalDate.of(2025, 1, 1), new BigDecimal("2490.00"), "a"),
            new ArbitrationSettings.MinimumWage("示范市", LocalDate.of(2027, 3, 1), new BigDecimal("2600.00"), "b"),
            new ArbitrationSettings.MinimumWage("邻市", LocalDate.of(2025, 7, 1), new BigDecimal("2200.00"), "c")));

    @Test
    void theDemoCitysLimitIs29880() {
        assertThat(wages.finalityLimit("示范市", LocalDate.of(2026, 12, 7))).contains(new BigDecimal("29880.00"));
    }

    @Test
    void aNewWageCountsFromItsEffectiveDayInclusive() {
        assertThat(wages.finalityLimit("示范市", LocalDate.of(2027, 2, 28))).contains(new BigDecimal("29880.00"));
        assertThat(wages.finalityLimit("示范市", LocalDate.of(2027, 3, 1))).contains(new BigDecimal("31200.00"));
    }

    @Test
    void eachLocalityHasItsOwnWageAndNoneBeforeItsFirst() {
        assertThat(wages.finalityLimit("邻市", LocalDate.of(2026, 1, 1))).contains(new BigDecimal("26400.00"));
        assertThat(wages.finalityLimit("邻市", LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(wages.finalityLimit("别市", LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(wages.knows("别市")).isFalse();
    }
}
