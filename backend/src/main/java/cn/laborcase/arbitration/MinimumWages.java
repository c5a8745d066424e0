package cn.laborcase.arbitration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The local monthly minimum wages by locality and effective date ({@code laborcase.arbitration.minimum-wages}), and
 * the finality limit they give: 12 × the monthly minimum wage in force on the day (调解仲裁法 §47(一): "不超过当地月最低
 * 工资标准十二个月金额").
 */
public final class MinimumWages {

    private final List<ArbitrationSettings.MinimumWage> table;

    public MinimumWages(List<ArbitrationSettings.MinimumWage> table) {
        this.table = List.copyOf(table);
    }

    /** The wage in force in the locality on the day: the latest effective on or before it. */
    public Optional<ArbitrationSettings.MinimumWage> inForce(String locality, LocalDate on) {
        return table.stream()
                .filter(w -> w.locality().equals(locality) && !w.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(ArbitrationSettings.MinimumWage::effectiveFrom));
    }

    /** 12 × the wage in force; empty when the locality has none on that day. */
    public Optional<BigDecimal> finalityLimit(String locality, LocalDate on) {
        return inForce(locality, on)
                .map(w -> w.monthly().multiply(BigDecimal.valueOf(12)).setScale(2));
    }

    public boolean knows(String locality) {
        return table.stream().anyMatch(w -> w.locality().equals(locality));
    }
}
