package cn.laborcase.calendar.persistence;

import cn.laborcase.calendar.Extension;
import cn.laborcase.calendar.Pause;
import cn.laborcase.calendar.Restart;
import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Deadlines and their extensions, pauses, restarts and linked process elements. */
@Mapper
public interface DeadlineMapper {

    void insert(@Param("row") DeadlineRow row, @Param("key") GeneratedKey key);

    Optional<DeadlineRow> findById(long id);

    List<DeadlineRow> findByOwner(@Param("ownerType") String ownerType, @Param("ownerId") String ownerId);

    /**
     * Open deadlines a change of the schedule between {@code from} and {@code to} may move: every provisional one,
     * and every one whose counting window (after its start, up to its due date) overlaps the changed days.
     */
    List<Long> findOpenAffected(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Open deadlines due on or before {@code day}, earliest first (the leader's home, the overdue scan). */
    List<Long> findOpenDueBy(@Param("day") LocalDate day, @Param("offset") int offset, @Param("limit") int limit);

    /** Optimistic: 0 rows when the version moved. */
    int update(
            @Param("id") long id,
            @Param("version") int version,
            @Param("startDate") LocalDate startDate,
            @Param("processInstanceId") String processInstanceId,
            @Param("dueDate") LocalDate dueDate,
            @Param("provisional") boolean provisional,
            @Param("state") String state,
            @Param("closedOn") LocalDate closedOn);

    List<String> findElements(long deadlineId);

    void insertElement(@Param("deadlineId") long deadlineId, @Param("elementId") String elementId);

    List<Extension> findExtensions(long deadlineId);

    void insertExtension(
            @Param("deadlineId") long deadlineId,
            @Param("e") Extension extension,
            @Param("at") Instant at,
            @Param("by") String by);

    List<Pause> findPauses(long deadlineId);

    void insertPause(
            @Param("deadlineId") long deadlineId,
            @Param("p") Pause pause,
            @Param("at") Instant at,
            @Param("by") String by);

    int resumePause(@Param("deadlineId") long deadlineId, @Param("resumedOn") LocalDate resumedOn);

    List<Restart> findRestarts(long deadlineId);

    void insertRestart(
            @Param("deadlineId") long deadlineId,
            @Param("r") Restart restart,
            @Param("at") Instant at,
            @Param("by") String by);
}
