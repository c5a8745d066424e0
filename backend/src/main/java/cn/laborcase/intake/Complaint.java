package cn.laborcase.intake;

import cn.laborcase.intake.persistence.ComplaintRow;
import cn.laborcase.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * 投诉/举报: the aggregate whose methods guard the state machine of the review. A state change that the current status
 * does not allow fails with a {@link ConflictException} naming the complaint and its status (a 409).
 */
final class Complaint {

    private final ComplaintRow row;
    private ComplaintStatus status;
    private int workersAffected;
    private BigDecimal amountOwed;
    private boolean employerAbsconded;
    private Route route;
    private String routeReason;
    private Long deadlineId;
    private String processInstanceId;
    private String decisionReason;
    private String decisionText;
    private String correctionItems;
    private String referralTarget;
    private String referralDepartment;
    private Instant decidedAt;
    private String decidedBy;

    Complaint(ComplaintRow row) {
        this.row = row;
        this.status = ComplaintStatus.valueOf(row.status());
        this.workersAffected = row.workersAffected();
        this.amountOwed = row.amountOwed();
        this.employerAbsconded = row.employerAbsconded();
        this.route = row.route() == null ? null : Route.valueOf(row.route());
        this.routeReason = row.routeReason();
        this.deadlineId = row.deadlineId();
        this.processInstanceId = row.processInstanceId();
        this.decisionReason = row.decisionReason();
        this.decisionText = row.decisionText();
        this.correctionItems = row.correctionItems();
        this.referralTarget = row.referralTarget();
        this.referralDepartment = row.referralDepartment();
        this.decidedAt = row.decidedAt();
        this.decidedBy = row.decidedBy();
    }

    long id() {
        return row.id();
    }

    String number() {
        return row.number();
    }

    ComplaintStatus status() {
        return status;
    }

    ComplaintKind kind() {
        return ComplaintKind.valueOf(row.kind());
    }

    ComplaintCategory category() {
        return ComplaintCategory.valueOf(row.category());
    }

    String officeCode() {
        return row.officeCode();
    }

    String gridCode() {
        return row.gridCode();
    }

    long employerId() {
        return row.employerId();
    }

    int workersAffected() {
        return workersAffected;
    }

    BigDecimal amountOwed() {
        return amountOwed;
    }

    boolean employerAbsconded() {
        return employerAbsconded;
    }

    Route route() {
        return route;
    }

    String routeReason() {
        return routeReason;
    }

    Long deadlineId() {
        return deadlineId;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    /** The review begins (again, after 补正): only from REGISTERED or AWAITING_CORRECTION. */
    void startReview() {
        require("开始受理审查", ComplaintStatus.REGISTERED, ComplaintStatus.AWAITING_CORRECTION);
        status = ComplaintStatus.UNDER_REVIEW;
    }

    void routed(Route route, String reason) {
        this.route = route;
        this.routeReason = reason;
    }

    void trackedBy(String processInstanceId, Long deadlineId) {
        this.processInstanceId = processInstanceId;
        this.deadlineId = deadlineId;
    }

    void deadline(Long deadlineId) {
        this.deadlineId = deadlineId;
    }

    /**
     * Another registration about the same matter joins this complaint. The figures that decide the route are the
     * larger of what each registration reported: the workers each complainant knows of overlap, they do not add up.
     */
    void absorb(int workers, BigDecimal amount, boolean absconded) {
        if (!status.awaitsDecision() && status != ComplaintStatus.ACCEPTED) {
            throw refused("并入新的投诉");
        }
        workersAffected = Math.max(workersAffected, workers);
        if (amount != null && (amountOwed == null || amount.compareTo(amountOwed) > 0)) {
            amountOwed = amount;
        }
        employerAbsconded = employerAbsconded || absconded;
    }

    void accept(String by, Instant at, String text) {
        decide(Decision.ACCEPT, ComplaintStatus.ACCEPTED, by, at);
        decisionText = text;
    }

    void refuse(RefusalReason reason, String text, String by, Instant at) {
        decide(Decision.REFUSE, ComplaintStatus.REFUSED, by, at);
        decisionReason = reason.name();
        decisionText = text;
    }

    /** 补正 (25号令 §18): the missing items, all at once; the review waits for them. */
    void requestCorrection(String items, String by, Instant at) {
        decide(Decision.CORRECTION, ComplaintStatus.AWAITING_CORRECTION, by, at);
        correctionItems = items;
    }

    void refer(ReferralTarget target, String department, String text, String by, Instant at) {
        decide(Decision.REFER, ComplaintStatus.REFERRED, by, at);
        referralTarget = target.name();
        referralDepartment = department;
        decisionText = text;
    }

    private void decide(Decision decision, ComplaintStatus next, String by, Instant at) {
        require(decision.label(), ComplaintStatus.UNDER_REVIEW);
        this.status = next;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void require(String action, ComplaintStatus... allowed) {
        for (ComplaintStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw refused(action);
    }

    private ConflictException refused(String action) {
        return new ConflictException(
                "COMPLAINT_STATE",
                "不能对" + kind().label() + " " + (number() == null ? "#" + id() : number()) + " " + action + "：当前状态为「"
                        + status.label() + "」");
    }

    /** The row of a new complaint: numbered, handled by the office of the employer's grid (条例 §13), routed. */
    static ComplaintRow numbered(Filing filing, Numbered number, String officeCode, String gridCode, Routed route) {
        return compose(
                null,
                number,
                filing,
                new Handling(officeCode, gridCode, ComplaintStatus.REGISTERED.name(), route.route(), route.reason()),
                null);
    }

    /** The row of a registration merged into {@code into}: no number, no process; handled with {@code into}. */
    static ComplaintRow merged(Filing filing, Complaint into) {
        return compose(
                null,
                Numbered.NONE,
                filing,
                new Handling(into.officeCode(), into.gridCode(), ComplaintStatus.MERGED.name(), null, null),
                into.id());
    }

    /** The row with the state this aggregate holds now, to be written back (optimistic lock on its version). */
    ComplaintRow row() {
        return new ComplaintRow(
                row.id(),
                row.number(),
                row.numberYear(),
                row.numberSeq(),
                row.kind(),
                row.channel(),
                row.receivedAt(),
                row.registeredAt(),
                row.registeredBy(),
                row.receivingOfficeCode(),
                row.officeCode(),
                row.gridCode(),
                row.employerId(),
                row.category(),
                workersAffected,
                amountOwed,
                row.violationStartedOn(),
                row.violationEndedOn(),
                employerAbsconded,
                row.description(),
                status.name(),
                route == null ? null : route.name(),
                routeReason,
                row.mergedIntoId(),
                processInstanceId,
                deadlineId,
                decisionReason,
                decisionText,
                correctionItems,
                referralTarget,
                referralDepartment,
                decidedAt,
                decidedBy,
                row.caseReference(),
                row.caseClosedAt(),
                row.version());
    }

    /** The one place a new row is laid out column by column. */
    private static ComplaintRow compose(Long id, Numbered n, Filing f, Handling h, Long mergedIntoId) {
        return new ComplaintRow(
                id,
                n.number(),
                n.year(),
                n.seq(),
                f.kind().name(),
                f.channel().name(),
                f.receivedAt(),
                f.registeredAt(),
                f.registeredBy(),
                f.receivingOfficeCode(),
                h.officeCode(),
                h.gridCode(),
                f.employerId(),
                f.category().name(),
                f.workersAffected(),
                f.amountOwed(),
                f.violationStartedOn(),
                f.violationEndedOn(),
                f.employerAbsconded(),
                f.description(),
                h.status(),
                h.route() == null ? null : h.route().name(),
                h.routeReason(),
                mergedIntoId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }

    /** A complaint number: 东湖投诉〔2026〕12号, with its year and sequence. */
    record Numbered(String number, Integer year, Integer seq) {
        static final Numbered NONE = new Numbered(null, null, null);
    }

    /** A route decided for a complaint, with the reason shown to the clerk. */
    record Routed(Route route, String reason) {}

    private record Handling(String officeCode, String gridCode, String status, Route route, String routeReason) {}
}
