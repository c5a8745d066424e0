package cn.laborcase.workflow.persistence;

import cn.laborcase.workflow.ProcessOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The inbox's own task table. Rows are written by the engine's task events in the engine's transaction; the guarded
 * updates ({@code take*}) are how concurrent users are serialised: the first one wins, the row count tells the second
 * that he lost.
 */
@Mapper
public interface TaskMapper {

    void insert(TaskRow row);

    void insertCandidate(@Param("taskId") String taskId, @Param("groupId") String groupId);

    void deleteCandidates(String taskId);

    /** Copies the task's queue state and due date onto its candidate rows (after any change of the task's row). */
    void syncCandidates(@Param("taskId") String taskId);

    List<String> findCandidates(String taskId);

    Optional<TaskRow> findById(String id);

    List<TaskRow> findByProcessInstance(String processInstanceId);

    /**
     * The step whose completion led to a task: the most recently completed other step of the process instance that
     * ended no later than the task was created.
     */
    Optional<TaskRow> findPreviousCompleted(
            @Param("processInstanceId") String processInstanceId,
            @Param("taskDefinitionKey") String taskDefinitionKey,
            @Param("createdAt") Instant createdAt);

    Optional<TaskRow> findOpen(
            @Param("processInstanceId") String processInstanceId, @Param("taskDefinitionKey") String taskDefinitionKey);

    List<TaskRow> search(InboxCriteriaRow criteria);

    /** The tasks of the page's criteria, counted up to {@code countCap + 1}. */
    long count(InboxCriteriaRow criteria);

    List<ProcessOption> processOptions(InboxCriteriaRow criteria);

    /** Unclaimed open tasks per candidate group of the list (the 待签收 queues of a home page). */
    List<QueueCountRow> countPools(@Param("groups") List<String> groups);

    long countHeld(@Param("username") String username);

    /** The tasks the user completed, newest first (已办), through wf_task_done_ix. */
    List<TaskRow> findCompletedBy(
            @Param("username") String username, @Param("offset") int offset, @Param("size") int size);

    long countCompletedBy(@Param("username") String username);

    /**
     * Open tasks due before an instant, earliest first: of these offices (null: every office), for the leader's
     * home and the overdue scan.
     */
    List<TaskRow> findOpenDueBefore(
            @Param("officeCodes") List<String> officeCodes, @Param("before") Instant before, @Param("limit") int limit);

    /** The names of grids and offices by code, for labels (never a code on a screen). */
    List<QueueCountRow> gridNames(@Param("codes") List<String> codes);

    List<QueueCountRow> officeNames(@Param("codes") List<String> codes);

    int updateAssignee(@Param("id") String id, @Param("assignee") String assignee);

    int updateDetails(
            @Param("id") String id,
            @Param("name") String name,
            @Param("dueAt") Instant dueAt,
            @Param("priority") int priority);

    /** The grid of every open task of a process instance (its case moved with its employer). */
    int updateOpenGrid(@Param("processInstanceId") String processInstanceId, @Param("gridCode") String gridCode);

    int updateNote(@Param("id") String id, @Param("note") String note);

    /** Ends an open task; a task already ended keeps its first end (a return is not overwritten by its cancel). */
    int markEnded(
            @Param("id") String id,
            @Param("status") String status,
            @Param("endedBy") String endedBy,
            @Param("comment") String comment,
            @Param("at") Instant at);

    int updateEndComment(@Param("id") String id, @Param("comment") String comment);

    /** Overrides how an ended task ended (a cancel caused by a return is a return). */
    int markReturned(
            @Param("id") String id,
            @Param("endedBy") String endedBy,
            @Param("comment") String comment,
            @Param("at") Instant at);

    /** Claim: succeeds only while the task is open and unclaimed. */
    int takeForClaim(@Param("id") String id, @Param("username") String username);

    /** Unclaim: succeeds only for the current holder. */
    int takeForUnclaim(@Param("id") String id, @Param("username") String username);

    /** Complete, transfer, return: succeeds only while open and held by the user or by nobody. */
    int takeForWork(@Param("id") String id, @Param("username") String username);

    /** A leader's reassignment: succeeds only while open and still held by whoever held it when he looked. */
    int takeForReassign(@Param("id") String id, @Param("assignee") String assignee);
}
