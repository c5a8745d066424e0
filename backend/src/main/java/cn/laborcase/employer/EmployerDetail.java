package cn.laborcase.employer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The employer's page: its record, grade history, watch list and risk with the signals behind it, sites, the sections
 * other modules fill ({@link EmployerRecordSource}) and what the viewer may do. Names and labels only.
 */
public record EmployerDetail(
        EmployerView employer,
        int version,
        RiskLevel riskLevel,
        String watchReason,
        List<Site> sites,
        List<GradeChange> grades,
        List<BlacklistEntry> blacklist,
        List<Signal> signals,
        List<Section> sections,
        Rights rights) {

    public String gradeLabel() {
        return Grade.labelOf(employer.integrityGrade());
    }

    /** @param kind 经营场所 or 工地 */
    public record Site(String kind, String address) {}

    /**
     * A grade change, proposed or decided.
     *
     * @param source the case it came from, by its number, or null
     */
    public record GradeChange(
            long id,
            String from,
            String to,
            int year,
            String reason,
            String source,
            boolean blacklist,
            String state,
            boolean pending,
            String proposedBy,
            Instant proposedAt,
            String decidedBy,
            Instant decidedAt) {}

    /** A 失信联合惩戒名单 entry. */
    public record BlacklistEntry(
            String reason, String source, LocalDate listedOn, LocalDate listedUntil, String confirmedBy) {}

    /** An early-warning signal. */
    public record Signal(
            String kind, String detail, String source, String reportedBy, Instant reportedAt, boolean open) {}

    /** A section filled by another module. */
    public record Section(String title, List<EmployerRecordSource.Line> lines) {}

    /**
     * @param edit change the record (its grid's inspectors and assistants, administrators)
     * @param move move it to another grid (administrators)
     * @param reportRisk file a 网格员 risk report (its grid's staff)
     * @param decideGrades confirm or reject grade proposals (its office's leaders)
     */
    public record Rights(
            boolean edit, boolean move, boolean reportRisk, boolean decideGrades, boolean declareConflict) {}
}
