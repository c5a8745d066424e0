package cn.laborcase.mediation.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code mediation_case} with its parties, claims, sessions and agreement. */
@Mapper
public interface MediationCaseMapper {

    void insert(@Param("row") MediationCaseRow row, @Param("key") GeneratedKey key);

    Optional<MediationCaseRow> findById(long id);

    /** The case, locked until the caller's transaction ends: two steps on one case queue here. */
    Optional<MediationCaseRow> lockById(long id);

    Optional<MediationCaseRow> findByComplaint(long complaintId);

    Optional<MediationCaseRow> findByRequest(@Param("user") String user, @Param("key") String key);

    /**
     * The cases of the offices, or those the mediator handles, or (unassigned referrals) those waiting in the offices
     * of {@code waitingOffices}; newest first.
     */
    List<MediationCaseRow> findVisible(
            @Param("all") boolean all,
            @Param("offices") List<String> offices,
            @Param("mediator") String mediator,
            @Param("waitingOffices") List<String> waitingOffices,
            @Param("limit") int limit);

    /** The registration of a case (a referred one, or a new one after insert): 0 unless it is still {@code from}. */
    int register(
            @Param("id") long id,
            @Param("from") String from,
            @Param("caseNumber") String caseNumber,
            @Param("appliedOn") LocalDate appliedOn,
            @Param("mediator") String mediator,
            @Param("deadlineId") long deadlineId,
            @Param("registeredBy") String registeredBy,
            @Param("registeredAt") Instant registeredAt);

    void setProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    /** Moves the status on only from the one expected: 0 when someone else moved it first. */
    int end(
            @Param("id") long id,
            @Param("from") String from,
            @Param("to") String to,
            @Param("endedOn") LocalDate endedOn,
            @Param("reason") String reason);

    int requestConfirmation(
            @Param("id") long id,
            @Param("from") String from,
            @Param("to") String to,
            @Param("on") LocalDate on,
            @Param("note") String note);

    /** A change of the case's parts (a correction) against the version read: 0 when it moved on meanwhile. */
    int touch(@Param("id") long id, @Param("version") int version, @Param("status") String status);

    void insertParty(@Param("row") PartyRow row);

    void deleteParties(@Param("caseId") long caseId, @Param("role") String role);

    List<PartyRow> findParties(long caseId);

    void insertClaim(@Param("row") ClaimRow row);

    void deleteClaims(long caseId);

    List<ClaimRow> findClaims(long caseId);

    void insertSession(@Param("row") SessionRow row);

    List<SessionRow> findSessions(long caseId);

    void insertAgreement(@Param("row") AgreementRow row);

    Optional<AgreementRow> findAgreement(long caseId);

    void insertAgreementItem(@Param("row") ClaimRow row);

    List<ClaimRow> findAgreementItems(long caseId);

    void insertReview(@Param("row") ReviewRow row);

    Optional<ReviewRow> findReview(long caseId);

    /** Assigns the reviewer against the version read: 0 when decided or changed meanwhile. */
    int assignReviewer(
            @Param("caseId") long caseId,
            @Param("version") int version,
            @Param("reviewer") String reviewer,
            @Param("assignedBy") String assignedBy);

    /** Records the decision once: 0 when already decided. */
    int decideReview(
            @Param("caseId") long caseId,
            @Param("decision") String decision,
            @Param("decidedOn") LocalDate decidedOn,
            @Param("reasons") String reasons,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt);

    /** Moves the case on from {@code from} at the review's decision: 0 unless it is still {@code from}. */
    int endReview(@Param("id") long id, @Param("from") String from, @Param("to") String to);
}
