package cn.laborcase.inspection;

import cn.laborcase.inspection.persistence.InspectionCaseRow;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inspection case (监察案件): its state machine. Every change checks the state it starts from and answers 409
 * naming the case and its state otherwise.
 */
public final class InspectionCase {

    private final InspectionCaseRow row;
    private String gridCode;
    private InspectionStatus status;
    private InspectionOutcome outcome;
    private String facts;
    private BigDecimal amountOwed;
    private Integer workersAffected;
    private LocalDate filedOn;
    private String filedBy;
    private Long deadlineId;
    private LocalDate dueDate;
    private boolean extended;
    private LocalDate closedOn;
    private String closedBy;
    private String processInstanceId;

    InspectionCase(InspectionCaseRow row) {
        this.row = row;
        this.gridCode = row.gridCode();
        this.status = InspectionStatus.valueOf(row.status());
        this.outcome = row.outcome() == null ? null : InspectionOutcome.valueOf(row.outcome());
        this.facts = row.facts();
        this.amountOwed = row.amountOwed();
        this.workersAffected = row.workersAffected();
        this.filedOn = row.filedOn();
        this.filedBy = row.filedBy();
        this.deadlineId = row.deadlineId();
        this.dueDate = row.dueDate();
        this.extended = row.extended();
        this.closedOn = row.closedOn();
        this.closedBy = row.closedBy();
        this.processInstanceId = row.processInstanceId();
    }

    /** A new case's row: filed at once (complaint origin) or awaiting the leader's 立案 approval. */
    static InspectionCaseRow opened(
            String number,
            String officeCode,
            String gridCode,
            long employerId,
            InspectionOrigin origin,
            Long originId,
            String originLabel,
            String facts,
            BigDecimal amountOwed,
            Integer workersAffected,
            String proposedBy,
            Instant openedAt,
            LocalDate filedOn) {
        boolean filed = !origin.needsFilingApproval();
        return new InspectionCaseRow(
                null,
                number,
                officeCode,
                gridCode,
                employerId,
                origin.name(),
                originId,
                originLabel,
                (filed ? InspectionStatus.INVESTIGATING : InspectionStatus.FILING_PENDING).name(),
                null,
                facts,
                amountOwed,
                workersAffected,
                proposedBy,
                openedAt,
                filed ? filedOn : null,
                filed ? proposedBy : null,
                null,
                null,
                false,
                null,
                null,
                null,
                0);
    }

    public long id() {
        return row.id();
    }

    public CaseRef ref() {
        return CaseRef.of(CaseType.INSPECTION_CASE, row.id());
    }

    public String number() {
        return row.caseNumber();
    }

    public String officeCode() {
        return row.officeCode();
    }

    public String gridCode() {
        return gridCode;
    }

    public long employerId() {
        return row.employerId();
    }

    public InspectionOrigin origin() {
        return InspectionOrigin.valueOf(row.origin());
    }

    public String originLabel() {
        return row.originLabel();
    }

    public InspectionStatus status() {
        return status;
    }

    public InspectionOutcome outcome() {
        return outcome;
    }

    public String facts() {
        return facts;
    }

    public BigDecimal amountOwed() {
        return amountOwed;
    }

    public Integer workersAffected() {
        return workersAffected;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public Long deadlineId() {
        return deadlineId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public boolean extended() {
        return extended;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public java.time.Instant openedAt() {
        return row.openedAt();
    }

    public String proposedBy() {
        return row.proposedBy();
    }

    public int version() {
        return row.version();
    }

    void trackedBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** 立案 approved by the leader: the day of approval is the day of 立案. */
    void file(LocalDate on, String by) {
        require("立案", InspectionStatus.FILING_PENDING);
        this.status = InspectionStatus.INVESTIGATING;
        this.filedOn = on;
        this.filedBy = by;
    }

    void refuseFiling() {
        require("不予立案", InspectionStatus.FILING_PENDING);
        this.status = InspectionStatus.FILING_REFUSED;
    }

    void deadline(long deadlineId, LocalDate dueDate) {
        this.deadlineId = deadlineId;
        this.dueDate = dueDate;
    }

    void extendedTo(LocalDate dueDate) {
        requireOpen("延长办案期限");
        this.dueDate = dueDate;
        this.extended = true;
    }

    void requireStatus(String action, InspectionStatus... allowed) {
        require(action, allowed);
    }

    void recordFindings(String facts, BigDecimal amountOwed, Integer workersAffected) {
        require("记录调查结果", InspectionStatus.INVESTIGATING);
        if (facts != null) {
            this.facts = facts;
        }
        this.amountOwed = amountOwed;
        this.workersAffected = workersAffected;
    }

    /** The outcome the investigation led to; the state follows it. */
    void decideOutcome(InspectionOutcome outcome) {
        require("确定处理方式", InspectionStatus.INVESTIGATING, InspectionStatus.RECTIFYING, InspectionStatus.DECIDING);
        this.outcome = outcome;
        this.status = switch (outcome) {
            case RECTIFIED -> InspectionStatus.RECTIFYING;
            case HANDLING_DECISION -> InspectionStatus.DECIDING;
            case PENALTY -> InspectionStatus.PENALTY_NOTICE;
            case WITHDRAWN -> InspectionStatus.INVESTIGATING;
            case TRANSFERRED, CRIMINAL_TRANSFER -> InspectionStatus.TRANSFERRING;
        };
    }

    void hearing() {
        require("听证", InspectionStatus.PENALTY_NOTICE);
        this.status = InspectionStatus.HEARING;
    }

    void penaltyDecided() {
        require("行政处罚决定", InspectionStatus.PENALTY_NOTICE, InspectionStatus.HEARING);
        this.status = InspectionStatus.DECIDING;
    }

    void backToInvestigation() {
        requireOpen("退回调查");
        this.status = InspectionStatus.INVESTIGATING;
    }

    void proposeClosing() {
        require(
                "提请结案",
                InspectionStatus.RECTIFYING,
                InspectionStatus.DECIDING,
                InspectionStatus.TRANSFERRING,
                InspectionStatus.INVESTIGATING);
        this.status = InspectionStatus.CLOSING_PENDING;
    }

    void close(LocalDate on, String by) {
        require("结案", InspectionStatus.CLOSING_PENDING);
        this.status = InspectionStatus.CLOSED;
        this.closedOn = on;
        this.closedBy = by;
    }

    void withdraw(LocalDate on, String by) {
        requireOpen("撤销立案");
        this.outcome = InspectionOutcome.WITHDRAWN;
        this.status = InspectionStatus.WITHDRAWN;
        this.closedOn = on;
        this.closedBy = by;
    }

    void moveToGrid(String gridCode) {
        requireOpen("移交新网格");
        this.gridCode = gridCode;
    }

    private void requireOpen(String action) {
        if (!status.open()) {
            throw conflict(action);
        }
    }

    private void require(String action, InspectionStatus... allowed) {
        Set<InspectionStatus> set = EnumSet.copyOf(Arrays.asList(allowed));
        if (!set.contains(status)) {
            throw conflict(action + "（只能在"
                    + set.stream().map(InspectionStatus::label).collect(Collectors.joining("、")) + "时进行）");
        }
    }

    private ConflictException conflict(String action) {
        return new ConflictException(
                "INSPECTION_CASE_STATE", "监察案件" + number() + "当前为“" + status.label() + "”，不能" + action);
    }

    InspectionCaseRow toRow() {
        return new InspectionCaseRow(
                row.id(),
                row.caseNumber(),
                row.officeCode(),
                gridCode,
                row.employerId(),
                row.origin(),
                row.originId(),
                row.originLabel(),
                status.name(),
                outcome == null ? null : outcome.name(),
                facts,
                amountOwed,
                workersAffected,
                row.proposedBy(),
                row.openedAt(),
                filedOn,
                filedBy,
                deadlineId,
                dueDate,
                extended,
                closedOn,
                closedBy,
                processInstanceId,
                row.version());
    }
}
