package cn.laborcase.patrol.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Declared conflicts of interest (回避) of inspectors with employers, as the patrol draw reads them. */
@Mapper
public interface PatrolConflictMapper {

    /** A declared conflict with the employer's grid and office (for the scope check and the lists). */
    record ConflictRow(
            long id,
            String inspector,
            long employerId,
            String employerName,
            String creditCode,
            String gridCode,
            String officeCode,
            String reason,
            String declaredBy,
            Instant declaredAt,
            String state,
            String decidedBy,
            Instant decidedAt,
            String decisionNote,
            int version) {}

    Optional<ConflictRow> find(long id);

    Optional<ConflictRow> findOf(@Param("inspector") String inspector, @Param("employerId") long employerId);

    /**
     * Every conflict ({@code all}), or those of these inspectors or of employers of these offices, newest first.
     */
    List<ConflictRow> list(
            @Param("all") boolean all,
            @Param("inspectors") Collection<String> inspectors,
            @Param("offices") Collection<String> offices,
            @Param("limit") int limit);

    void insert(
            @Param("inspector") String inspector,
            @Param("employerId") long employerId,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") Instant at);

    /** A withdrawn conflict declared again; guarded by version and state. */
    int redeclare(
            @Param("id") long id,
            @Param("version") int version,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") Instant at);

    /** Confirms or withdraws; guarded by version and the state it must have. */
    int decide(
            @Param("id") long id,
            @Param("version") int version,
            @Param("from") Collection<String> from,
            @Param("to") String to,
            @Param("by") String by,
            @Param("at") Instant at,
            @Param("note") String note);
}
