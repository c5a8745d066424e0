package cn.laborcase.intake;

import cn.laborcase.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What one registration states (登记): the part of a complaint row that never changes after it is written, the same
 * for a new complaint and for a registration merged into an open one.
 */
record Filing(
        ComplaintKind kind,
        Channel channel,
        Instant receivedAt,
        Instant registeredAt,
        String registeredBy,
        String receivingOfficeCode,
        long employerId,
        ComplaintCategory category,
        int workersAffected,
        BigDecimal amountOwed,
        LocalDate violationStartedOn,
        LocalDate violationEndedOn,
        boolean employerAbsconded,
        String description,
        boolean onlyDoubleWages,
        ComplaintParticulars particulars) {

    /** The filing of a validated request about a registered employer; received now unless the request says when. */
    static Filing of(CurrentUser user, RegisterComplaintRequest request, long employerId, Instant now) {
        return new Filing(
                ComplaintKind.valueOf(request.kind()),
                Channel.valueOf(request.channel()),
                request.receivedAt() == null ? now : request.receivedAt(),
                now,
                user.username(),
                user.officeCode(),
                employerId,
                ComplaintCategory.valueOf(request.category()),
                request.workersAffected(),
                request.amountOwed(),
                request.violationStartedOn(),
                request.violationEndedOn(),
                Boolean.TRUE.equals(request.employerAbsconded()),
                request.description().strip(),
                Boolean.TRUE.equals(request.onlyDoubleWages()),
                ComplaintParticulars.of(request));
    }
}
