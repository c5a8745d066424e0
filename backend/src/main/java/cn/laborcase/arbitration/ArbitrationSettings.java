package cn.laborcase.arbitration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.arbitration}: local rules owned by legal staff (docs/arbitration.md).
 *
 * @param minimumWages the monthly minimum wage per locality from its effective date (the province's notice); the
 *     finality limit is 12 × the wage in force (调解仲裁法 §47(一))
 * @param collectiveThreshold how many applicants with a common claim make a collective case (法 §7: 十人以上)
 */
@ConfigurationProperties("laborcase.arbitration")
public record ArbitrationSettings(List<MinimumWage> minimumWages, int collectiveThreshold) {

    public ArbitrationSettings {
        minimumWages = minimumWages == null ? List.of() : List.copyOf(minimumWages);
        collectiveThreshold = collectiveThreshold <= 0 ? 10 : collectiveThreshold;
    }

    /** One row of the table: e.g. 示范市, 2025-01-01, 2490.00, the notice it comes from. */
    public record MinimumWage(String locality, LocalDate effectiveFrom, BigDecimal monthly, String source) {}

    public MinimumWages wages() {
        return new MinimumWages(minimumWages);
    }
}
