package cn.laborcase.hearing.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Rooms, closures, staff unavailability, hearings with their participants and slot rows. */
@Mapper
public interface HearingMapper {

    List<RoomRow> rooms(@Param("officeCodes") Collection<String> officeCodes);

    Optional<RoomRow> room(long id);

    void insertRoom(@Param("row") RoomRow row, @Param("createdAt") Instant createdAt, @Param("key") GeneratedKey key);

    int updateRoom(@Param("row") RoomRow row);

    int setRoomActive(@Param("id") long id, @Param("version") int version, @Param("active") boolean active);

    Optional<RoomRow> roomByName(@Param("officeCode") String officeCode, @Param("name") String name);

    /** The room's SCHEDULED hearings that have not ended by {@code from}. */
    List<HearingRow> scheduledInRoom(@Param("roomId") long roomId, @Param("from") Instant from);

    /** The case's one SCHEDULED hearing, by the key V72 keeps unique. */
    Optional<HearingRow> scheduledOfCase(long caseId);

    List<ClosureRow> closures(@Param("roomIds") Collection<Long> roomIds);

    void insertClosure(@Param("row") ClosureRow row);

    List<UnavailabilityRow> unavailability(
            @Param("usernames") Collection<String> usernames, @Param("from") Instant from, @Param("to") Instant to);

    void insertUnavailability(
            @Param("row") UnavailabilityRow row,
            @Param("createdBy") String createdBy,
            @Param("createdAt") Instant createdAt,
            @Param("key") GeneratedKey key);

    Optional<UnavailabilityRow> unavailabilityEntry(long id);

    int deleteUnavailability(long id);

    void insertHearing(@Param("row") HearingRow row, @Param("key") GeneratedKey key);

    Optional<HearingRow> hearing(long id);

    Optional<HearingRow> lockHearing(long id);

    List<HearingRow> hearingsOfCase(long caseId);

    List<HearingRow> hearingsBetween(
            @Param("officeCode") String officeCode, @Param("from") Instant from, @Param("to") Instant to);

    int setCaseRecord(
            @Param("id") long id,
            @Param("caseHearingId") long caseHearingId,
            @Param("noticeDocumentId") Long noticeDocumentId);

    int move(
            @Param("id") long id,
            @Param("version") int version,
            @Param("roomId") long roomId,
            @Param("startsAt") Instant startsAt,
            @Param("endsAt") Instant endsAt,
            @Param("noticeServedBy") LocalDate noticeServedBy,
            @Param("noticeDocumentId") Long noticeDocumentId);

    int cancel(@Param("id") long id, @Param("version") int version, @Param("reason") String reason);

    void insertParticipant(@Param("row") ParticipantRow row);

    List<ParticipantRow> participants(long hearingId);

    /** The participants of many hearings at once (the calendar's range; at most 500 ids a call). */
    List<ParticipantRow> participantsOf(@Param("ids") Collection<Long> hearingIds);

    void insertSlot(@Param("row") SlotRow row);

    int freeSlots(long hearingId);

    /** The slots of these resources taken between two instants, with the hearing holding each. */
    List<SlotRow> takenSlots(
            @Param("rooms") Collection<String> rooms,
            @Param("people") Collection<String> people,
            @Param("from") Instant from,
            @Param("to") Instant to);

    /** The same slots as {@link #takenSlots}, one row per resource and hearing (for the slot search). */
    List<SlotRun> takenRuns(
            @Param("rooms") Collection<String> rooms,
            @Param("people") Collection<String> people,
            @Param("from") Instant from,
            @Param("to") Instant to);

    // after the booking (V71): postponement requests, outcomes

    void insertPostponement(@Param("row") PostponementRow row, @Param("key") GeneratedKey key);

    Optional<PostponementRow> postponement(long id);

    List<PostponementRow> postponements(long hearingId);

    int decidePostponement(
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt,
            @Param("note") String note);

    void setPostponementDocument(@Param("id") long id, @Param("documentId") long documentId);

    /** Closes as LAPSED the requests of this hearing still REQUESTED; returns how many. */
    int lapsePostponements(
            @Param("hearingId") long hearingId,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") Instant at);

    /** Sets the status (and the outcome, if any) of a SCHEDULED hearing at this version; 0 if it changed meanwhile. */
    int conclude(
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("outcome") String outcome,
            @Param("note") String note,
            @Param("by") String by,
            @Param("at") Instant at);

    Optional<OutcomeRow> outcome(long id);

    int setRecordAttachment(@Param("id") long id, @Param("attachmentId") long attachmentId);
}
