package cn.laborcase.notification.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The mail outbox. Every state change is a guarded update: the row count says whether this caller won. */
@Mapper
public interface OutboxMapper {

    /** 0 rows (and no key) when a message with the same dedup key exists: queueing twice is a no-op. */
    int insert(@Param("row") OutboxRow row, @Param("key") GeneratedKey key);

    void insertAttachment(@Param("a") AttachmentRow attachment);

    Optional<OutboxRow> findById(long id);

    Optional<OutboxRow> findByDedupKey(String dedupKey);

    /** Candidates for a poll: PENDING and due, or SENDING with a lease that ran out. Claim each before sending. */
    List<Long> findDue(@Param("now") Instant now, @Param("limit") int limit);

    /** 1 when this caller now owns the message, 0 when another sender was first or it is not due. */
    int claim(
            @Param("id") long id,
            @Param("token") String token,
            @Param("node") String node,
            @Param("now") Instant now,
            @Param("until") Instant until);

    /** A successful send is a fact whoever holds the lease: only a row already SENT is left alone. */
    int markSent(@Param("id") long id, @Param("at") Instant at, @Param("reply") String reply);

    /** A failure counts only for the claim that made the attempt. */
    int markFailed(
            @Param("id") long id,
            @Param("token") String token,
            @Param("state") String state,
            @Param("nextAttemptAt") Instant nextAttemptAt,
            @Param("error") String error,
            @Param("reply") String reply);

    /** FAILED → PENDING with fresh attempts; optimistic on version. */
    int requeue(@Param("id") long id, @Param("version") int version, @Param("now") Instant now);

    List<AttachmentRow> findAttachments(long outboxId);

    /** Name, type and size (no content) of the attachments of these messages. */
    List<AttachmentRow> findAttachmentSummaries(@Param("ids") Collection<Long> outboxIds);

    /** One attachment with its content. */
    Optional<AttachmentRow> findAttachment(@Param("outboxId") long outboxId, @Param("position") int position);

    List<OutboxRow> search(
            @Param("state") String state,
            @Param("text") String text,
            @Param("offset") int offset,
            @Param("limit") int limit,
            @Param("sort") String sort,
            @Param("descending") boolean descending);

    long count(@Param("state") String state, @Param("text") String text);

    long countByState(String state);
}
