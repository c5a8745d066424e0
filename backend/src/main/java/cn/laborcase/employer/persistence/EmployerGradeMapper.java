package cn.laborcase.employer.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 守法诚信等级 changes and 失信联合惩戒名单 entries. */
@Mapper
public interface EmployerGradeMapper {

    void insert(
            @Param("key") GeneratedKey key,
            @Param("employerId") long employerId,
            @Param("fromGrade") String fromGrade,
            @Param("toGrade") String toGrade,
            @Param("year") int year,
            @Param("reason") String reason,
            @Param("sourceType") String sourceType,
            @Param("sourceId") Long sourceId,
            @Param("blacklist") boolean blacklist,
            @Param("proposedBy") String proposedBy,
            @Param("proposedAt") Instant proposedAt);

    Optional<GradeChangeRow> find(long id);

    List<GradeChangeRow> ofEmployer(long employerId);

    /** Pending proposals of employers in these offices (all offices when {@code everything}). */
    List<GradeChangeRow> pending(
            @Param("everything") boolean everything,
            @Param("officeCodes") List<String> officeCodes,
            @Param("limit") int limit);

    /** Decides a proposal still PROPOSED at {@code version}; 0 when it was decided or changed meanwhile. */
    int decide(
            @Param("id") long id,
            @Param("version") int version,
            @Param("state") String state,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt);

    void insertBlacklist(
            @Param("employerId") long employerId,
            @Param("gradeChangeId") long gradeChangeId,
            @Param("reason") String reason,
            @Param("sourceType") String sourceType,
            @Param("sourceId") Long sourceId,
            @Param("listedOn") LocalDate listedOn,
            @Param("listedUntil") LocalDate listedUntil,
            @Param("confirmedBy") String confirmedBy,
            @Param("confirmedAt") Instant confirmedAt);

    List<BlacklistRow> blacklistOf(long employerId);

    /** Entries listed in [from, before) of employers in these offices or grids (all when {@code everything}). */
    List<BlacklistRow> listedBetween(
            @Param("everything") boolean everything,
            @Param("officeCodes") List<String> officeCodes,
            @Param("gridCodes") List<String> gridCodes,
            @Param("from") LocalDate from,
            @Param("before") LocalDate before);

    long countFromSource(@Param("sourceType") String sourceType, @Param("sourceId") long sourceId);
}
