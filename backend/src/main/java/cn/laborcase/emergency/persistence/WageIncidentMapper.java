package cn.laborcase.emergency.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code wage_incident} and its approvals. */
@Mapper
public interface WageIncidentMapper {

    void insert(@Param("row") WageIncidentRow row, @Param("key") GeneratedKey key);

    Optional<WageIncidentRow> findById(long id);

    /** The incident, locked until the caller's transaction ends: deciders queue here, before any task is touched. */
    Optional<WageIncidentRow> lockById(long id);

    /** The incident of a process instance, locked like {@link #lockById}: a task completed through the inbox. */
    Optional<WageIncidentRow> lockByProcessInstance(String processInstanceId);

    Optional<WageIncidentRow> findByComplaint(long complaintId);

    List<WageIncidentRow> findInOffices(@Param("officeCodes") List<String> officeCodes, @Param("limit") int limit);

    /** Awaiting a leader's decision, soonest due first. */
    List<WageIncidentRow> findAwaiting(@Param("officeCodes") List<String> officeCodes);

    void setProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    /** Moves the status on only from the one expected: 0 when someone else moved it first. */
    int changeStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to);

    int markEscalated(@Param("id") long id, @Param("at") Instant at);

    int setInspectionCase(@Param("id") long id, @Param("caseId") long caseId);

    /** The new facts and grade, if nobody changed the incident since {@code version}: 0 otherwise. */
    int regrade(
            @Param("id") long id,
            @Param("version") int version,
            @Param("workersAffected") int workersAffected,
            @Param("employerAbsconded") boolean employerAbsconded,
            @Param("groupPetition") boolean groupPetition,
            @Param("grade") String grade,
            @Param("gradeRule") String gradeRule);

    /** An earlier approval due time while the approval is awaited: 0 when decided or not earlier. */
    int shortenApprovalDue(@Param("id") long id, @Param("due") Instant due);

    void insertApproval(@Param("row") ApprovalRow row);

    List<ApprovalRow> findApprovals(long incidentId);
}
