package cn.laborcase.emergency.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** {@code wage_incident_payment}, {@code wage_incident_advance} and {@code wage_incident_progress}. */
@Mapper
public interface IncidentMoneyMapper {

    void insertPayment(@Param("row") PaymentRow row, @Param("key") GeneratedKey key);

    List<PaymentRow> findPayments(long incidentId);

    void insertAdvance(@Param("row") AdvanceRow row, @Param("key") GeneratedKey key);

    List<AdvanceRow> findAdvances(long incidentId);

    Optional<AdvanceRow> findAdvance(@Param("incidentId") long incidentId, @Param("id") long id);

    /** Moves a request on from REQUESTED only: 0 when someone decided it first. */
    int decideAdvance(
            @Param("id") long id,
            @Param("status") String status,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt,
            @Param("opinion") String opinion);

    void insertProgress(@Param("row") ProgressRow row, @Param("key") GeneratedKey key);

    List<ProgressRow> findProgress(long incidentId);

    /** The reports filed since {@code since} (inclusive). */
    int countProgressSince(@Param("incidentId") long incidentId, @Param("since") Instant since);

    void insertClosure(@Param("row") ClosureRow row, @Param("key") GeneratedKey key);

    List<ClosureRow> findClosures(long incidentId);

    /** Moves a closure report on from SUBMITTED only: 0 when someone decided it first. */
    int decideClosure(
            @Param("id") long id,
            @Param("status") String status,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt,
            @Param("opinion") String opinion);
}
