package cn.laborcase.arbitration.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code arbitration_case} with its parties, claims, tribunal and hearings. */
@Mapper
public interface ArbitrationMapper {

    void insert(@Param("row") ArbitrationCaseRow row, @Param("key") GeneratedKey key);

    void insertParty(@Param("row") PartyRow row);

    void insertClaim(@Param("row") ClaimRow row);

    void insertTribunalMember(@Param("row") TribunalMemberRow row);

    Optional<ArbitrationCaseRow> findById(long id);

    /** The case, locked until the caller's transaction ends: decisions on one case queue here. */
    Optional<ArbitrationCaseRow> lockById(long id);

    Optional<ArbitrationCaseRow> lockByProcessInstance(String processInstanceId);

    Optional<ArbitrationCaseRow> findByIdempotencyKey(
            @Param("registeredBy") String registeredBy, @Param("key") String key);

    List<PartyRow> parties(long caseId);

    List<ClaimRow> claims(long caseId);

    List<TribunalMemberRow> tribunal(long caseId);

    /** The cases, their parties and tribunals of a set of ids at once (the hearing calendar's month: one read each). */
    List<ArbitrationCaseRow> findByIds(@Param("ids") Collection<Long> ids);

    List<PartyRow> partiesOfCases(@Param("ids") Collection<Long> ids);

    List<TribunalMemberRow> tribunalsOfCases(@Param("ids") Collection<Long> ids);

    List<HearingRow> hearings(long caseId);

    void insertHearing(
            @Param("caseId") long caseId,
            @Param("startsAt") java.time.Instant startsAt,
            @Param("endsAt") java.time.Instant endsAt,
            @Param("room") String room,
            @Param("createdAt") java.time.Instant createdAt,
            @Param("key") GeneratedKey key);

    int moveHearing(
            @Param("id") long id,
            @Param("startsAt") java.time.Instant startsAt,
            @Param("endsAt") java.time.Instant endsAt,
            @Param("room") String room);

    int cancelHearing(@Param("id") long id);

    /** The offices' cases and those the user sits on as a tribunal member or registered, newest first. */
    List<ArbitrationCaseRow> findVisible(
            @Param("all") boolean all,
            @Param("officeCodes") Collection<String> officeCodes,
            @Param("username") String username,
            @Param("limit") int limit);

    /**
     * One page of the cases the user may see, filtered: overdue first, then by days to the award deadline, then the
     * suspended ones, then those without a running award period.
     */
    List<ArbitrationCaseRow> listPage(
            @Param("all") boolean all,
            @Param("officeCodes") Collection<String> officeCodes,
            @Param("username") String username,
            @Param("status") String status,
            @Param("arbitrator") String arbitrator,
            @Param("suspendedOnly") boolean suspendedOnly,
            @Param("offset") int offset,
            @Param("limit") int limit);

    int countList(
            @Param("all") boolean all,
            @Param("officeCodes") Collection<String> officeCodes,
            @Param("username") String username,
            @Param("status") String status,
            @Param("arbitrator") String arbitrator,
            @Param("suspendedOnly") boolean suspendedOnly);

    void setProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    /** Moves the status on only from the one expected: 0 when someone else moved it first. */
    int changeStatus(@Param("id") long id, @Param("from") String from, @Param("to") String to);

    int requestSupplement(@Param("id") long id, @Param("items") String items, @Param("on") LocalDate on);

    int completeSupplement(@Param("id") long id, @Param("on") LocalDate on);

    int accept(
            @Param("id") long id,
            @Param("caseNumber") String caseNumber,
            @Param("decidedBy") String decidedBy,
            @Param("on") LocalDate on);

    int refuse(
            @Param("id") long id,
            @Param("decidedBy") String decidedBy,
            @Param("on") LocalDate on,
            @Param("reasons") String reasons);

    int recordService(@Param("id") long id, @Param("on") LocalDate on);

    int composeTribunal(@Param("id") long id, @Param("mode") String mode, @Param("on") LocalDate on);

    /** The case's record of a hearing after it: HELD, POSTPONED, APPLICANT_ABSENT, RESPONDENT_ABSENT (issue 15). */
    int setHearingStatus(
            @org.apache.ibatis.annotations.Param("id") long id,
            @org.apache.ibatis.annotations.Param("status") String status);
}
