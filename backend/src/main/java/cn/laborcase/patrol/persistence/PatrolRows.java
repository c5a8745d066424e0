package cn.laborcase.patrol.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** The rows of the patrol tables as the mapper reads and writes them. */
public final class PatrolRows {

    private PatrolRows() {}

    /** An active grid with its office. */
    public record GridRow(String code, String name, String officeCode, String officeName) {}

    public record PlanRow(
            Long id,
            String officeCode,
            String gridCode,
            String planMonth,
            long seed,
            String pool,
            String startedBy,
            Instant startedAt,
            String state) {}

    /** An employer of the grid's registry with what the draw reads. */
    public record RegistryRow(long employerId, String grade, boolean watchList) {}

    /** An earlier patrol item of an employer: its month, its pair, its state. */
    public record HistoryRow(long employerId, String planMonth, String inspector1, String inspector2, String state) {}

    public record InputRow(long employerId, String grade, boolean watchList, String sinceMonth, String previousPair) {}

    public record ConflictRow(String inspector, long employerId) {}

    public record ItemRow(
            Long id,
            long planId,
            int seq,
            long employerId,
            String employerName,
            String grade,
            String reason,
            String inspector1,
            String inspector2,
            String processInstanceId,
            LocalDate dueOn,
            String state,
            String result,
            String notes,
            String sitePlace,
            String sitePresent,
            String siteFindings,
            LocalDate patrolledOn,
            String recordedBy,
            Instant recordedAt,
            int version,
            String planMonth,
            String gridCode,
            String officeCode,
            String movedGridCode) {

        /** Did the patrol follow its employer to another grid after the draw? */
        public boolean moved() {
            return movedGridCode != null;
        }
    }

    public record CheckRow(String topic, String verdict) {}
}
