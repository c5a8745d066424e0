package cn.laborcase.emergency.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What follows an incident: payment corrections, recoveries ({@code wage_incident_recovery}), the criminal referral
 * ({@code wage_incident_referral}), the blacklist review ({@code wage_incident_blacklist}) and the link to an
 * inspection case.
 */
@Mapper
public interface IncidentFollowUpMapper {

    Optional<PaymentRow> findPayment(@Param("incidentId") long incidentId, @Param("id") long id);

    /** Moves an ACTIVE payment at {@code version} to CORRECTED or CANCELLED: 0 when someone changed it first. */
    int changePayment(
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("changedBy") String changedBy,
            @Param("changedAt") Instant changedAt,
            @Param("reason") String reason);

    /** The corrected payment, naming the one it replaces. */
    void insertCorrection(@Param("row") PaymentRow row, @Param("key") GeneratedKey key);

    void insertRecovery(@Param("row") RecoveryRow row, @Param("key") GeneratedKey key);

    List<RecoveryRow> findRecoveries(long incidentId);

    void insertReferral(@Param("row") ReferralRow row, @Param("key") GeneratedKey key);

    List<ReferralRow> findReferrals(long incidentId);

    Optional<ReferralRow> findReferral(@Param("incidentId") long incidentId, @Param("id") long id);

    /** Moves a referral on from PROPOSED at {@code version} only: 0 when someone decided it first. */
    int decideReferral(
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt,
            @Param("opinion") String opinion,
            @Param("documentId") Long documentId);

    void insertBlacklist(@Param("row") BlacklistReviewRow row, @Param("key") GeneratedKey key);

    List<BlacklistReviewRow> findBlacklists(long incidentId);

    Optional<BlacklistReviewRow> findBlacklist(@Param("incidentId") long incidentId, @Param("id") long id);

    /** Moves a blacklist review on from PROPOSED at {@code version} only: 0 when someone decided it first. */
    int decideBlacklist(
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt,
            @Param("opinion") String opinion);

    /** The reviews of an employer, newest first (the employer page's section). */
    List<BlacklistReviewRow> findBlacklistsOfEmployer(long employerId);

    /** The employer's incidents, newest first (the employer page's section), at most {@code limit}. */
    List<WageIncidentRow> findIncidentsOfEmployer(@Param("employerId") long employerId, @Param("limit") int limit);

    /** Links the incident to an inspection case if it has none: 0 when it has one already. */
    int linkInspectionCase(@Param("id") long id, @Param("caseId") long caseId);
}
