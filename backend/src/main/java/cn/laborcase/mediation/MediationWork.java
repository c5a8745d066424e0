package cn.laborcase.mediation;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.mediation.persistence.AgreementRow;
import cn.laborcase.mediation.persistence.ClaimRow;
import cn.laborcase.mediation.persistence.MediationCaseMapper;
import cn.laborcase.mediation.persistence.MediationCaseRow;
import cn.laborcase.mediation.persistence.SessionRow;
import cn.laborcase.notification.Notifications;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mediator's work on a registered case — sessions, the agreement (调解协议书) or the termination (终止调解) — the
 * failure when the 15 days ran out (调解仲裁法 §14, from the process's timer), and the parties' joint application for
 * the committee's review of an agreement. Each step locks the case, checks its state (409 naming it) and writes its
 * timeline and the audit journal in one transaction; the documents follow asynchronously from the process.
 */
@Service
public class MediationWork {

    /**
     * The days within which both parties may jointly apply for the committee's review of an agreement (仲裁审查,
     * 劳动人事争议仲裁办案规则's provision on 调解协议的仲裁审查: 自调解协议生效之日起十五日内; calendar days, the last day
     * rolled to a working day like every calendar-day period).
     */
    static final int CONFIRMATION_DAYS = 15;

    private final MediationCaseMapper mapper;
    private final MediationScope scope;
    private final CaseTimeline timeline;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final AuditJournal audit;
    private final MediationSignals signals;
    private final Notifications notifications;
    private final MediationReview review;

    MediationWork(
            MediationCaseMapper mapper,
            MediationScope scope,
            CaseTimeline timeline,
            Deadlines deadlines,
            WorkingCalendar calendar,
            AuditJournal audit,
            MediationSignals signals,
            Notifications notifications,
            MediationReview review) {
        this.review = review;
        this.mapper = mapper;
        this.scope = scope;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.audit = audit;
        this.signals = signals;
        this.notifications = notifications;
    }

    /** A session held (调解): by the case's mediator while mediation runs. */
    @Transactional
    public void recordSession(CurrentUser user, long id, SessionRequest request) {
        MediationCaseRow row = mediatorsCase(user, id);
        MediationCase.of(row).require(MediationStatus.REGISTERED, "记录调解");
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        MediationValidation.pastOrToday("heldOn", "调解日期", request.heldOn(), today, problems);
        if (request.heldOn() != null
                && row.appliedOn() != null
                && request.heldOn().isBefore(row.appliedOn())) {
            problems.add(new FieldProblem("heldOn", "AfterApplication", "调解日期不能早于申请日期 " + row.appliedOn()));
        }
        MediationValidation.required(MediationValidation.PLACE, "place", request.place(), problems);
        MediationValidation.required(MediationValidation.ATTENDEES, "attendees", request.attendees(), problems);
        MediationValidation.optional(MediationValidation.NOTES, "notes", request.notes(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        mapper.insertSession(new SessionRow(
                null,
                id,
                request.heldOn(),
                MediationValidation.text(request.place()),
                MediationValidation.text(request.attendees()),
                MediationValidation.text(request.notes()),
                user.username(),
                timeline.now()));
        timeline.record(
                MediationCases.ref(id),
                MediationStep.SESSION.name(),
                MediationStep.SESSION.label(),
                user.username(),
                request.heldOn() + " 在" + request.place().strip() + "调解，参加人员："
                        + request.attendees().strip());
    }

    /**
     * The agreement signed by both parties and the mediator (调解协议书, 调解仲裁法 §14): the case is AGREED, the 15 days
     * are closed, and the process issues the document.
     */
    @Transactional
    public void recordAgreement(CurrentUser user, long id, AgreementRequest request) {
        MediationCaseRow row = mediatorsCase(user, id);
        MediationCase.of(row).require(MediationStatus.REGISTERED, "记录调解协议");
        LocalDate today = today();
        List<FieldProblem> problems = new ArrayList<>();
        MediationValidation.pastOrToday("signedOn", "协议签署日期", request.signedOn(), today, problems);
        if (request.signedOn() != null
                && row.appliedOn() != null
                && request.signedOn().isBefore(row.appliedOn())) {
            problems.add(new FieldProblem("signedOn", "AfterApplication", "协议签署日期不能早于申请日期 " + row.appliedOn()));
        }
        MediationValidation.claims("items", request.items(), true, problems);
        MediationValidation.required(MediationValidation.TERMS, "terms", request.terms(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        end(row, MediationStatus.AGREED, request.signedOn(), null);
        Instant now = timeline.now();
        mapper.insertAgreement(new AgreementRow(
                id, MediationValidation.text(request.terms()), request.signedOn(), user.username(), now));
        int position = 1;
        for (ClaimRequest item : request.items()) {
            mapper.insertAgreementItem(new ClaimRow(
                    id,
                    position++,
                    MediationValidation.claimType(item.type()).name(),
                    item.amount() == null ? null : item.amount().setScale(2),
                    MediationValidation.text(item.description())));
        }
        timeline.record(
                MediationCases.ref(id),
                MediationStep.AGREED.name(),
                MediationStep.AGREED.label(),
                user.username(),
                request.signedOn() + " 双方当事人和调解员签署调解协议书，共 " + request.items().size() + " 项");
        audit.recordAs(
                user.username(),
                "MEDIATION_AGREED",
                MediationCases.ref(id),
                row.caseNumber() + " 达成调解协议",
                row.status(),
                MediationStatus.AGREED.name());
        signals.agreed(row.processInstanceId());
    }

    /** The mediator ends the mediation without agreement (终止调解): the process issues the 终止调解通知书. */
    @Transactional
    public void terminate(CurrentUser user, long id, TerminationRequest request) {
        MediationCaseRow row = mediatorsCase(user, id);
        MediationCase.of(row).require(MediationStatus.REGISTERED, "终止调解");
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate endedOn = request.endedOn() == null ? today() : request.endedOn();
        if (endedOn.isAfter(today())) {
            problems.add(new FieldProblem("endedOn", "PastOrPresent", "终止日期不能晚于今天"));
        } else if (row.appliedOn() != null && endedOn.isBefore(row.appliedOn())) {
            problems.add(new FieldProblem("endedOn", "AfterApplication", "终止日期不能早于申请日期 " + row.appliedOn()));
        }
        MediationValidation.required(MediationValidation.REASON, "reason", request.reason(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        end(row, MediationStatus.TERMINATED, endedOn, MediationValidation.text(request.reason()));
        timeline.record(
                MediationCases.ref(id),
                MediationStep.TERMINATED.name(),
                MediationStep.TERMINATED.label(),
                user.username(),
                endedOn + " 终止调解：" + request.reason().strip() + "；当事人可以依法申请仲裁");
        audit.recordAs(
                user.username(),
                "MEDIATION_TERMINATED",
                MediationCases.ref(id),
                row.caseNumber() + " 终止调解",
                row.status(),
                MediationStatus.TERMINATED.name());
        signals.terminated(row.processInstanceId());
    }

    /**
     * The 15 days ran out without agreement (调解仲裁法 §14): the case is FAILED and its mediator is told; the process
     * then issues the 调解不成告知书. Called by the process's timer; nothing if the case ended meanwhile.
     */
    @Transactional
    public void failed(long id) {
        MediationCaseRow row = mapper.lockById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
        if (MediationStatus.valueOf(row.status()) != MediationStatus.REGISTERED) {
            return;
        }
        DeadlineView deadline = deadlines.get(new DeadlineId(row.deadlineId()));
        LocalDate endedOn = deadline.dueDate();
        if (mapper.end(id, MediationStatus.REGISTERED.name(), MediationStatus.FAILED.name(), endedOn, null) == 0) {
            throw ConflictException.concurrentEdit("调解案件 " + row.caseNumber());
        }
        if (deadline.closedOn() == null) {
            deadlines.close(deadline.id(), deadline.version(), endedOn);
        }
        timeline.record(
                MediationCases.ref(id),
                MediationStep.FAILED.name(),
                MediationStep.FAILED.label(),
                CaseTimeline.SYSTEM,
                "自申请之日起十五日内（" + row.appliedOn() + " 至 " + endedOn + "）未达成调解协议，当事人可以依法申请仲裁（《中华人民共和国劳动争议调解仲裁法》第十四条）");
        audit.recordAs(
                CaseTimeline.SYSTEM,
                "MEDIATION_FAILED",
                MediationCases.ref(id),
                row.caseNumber() + " 调解期满未达成协议",
                MediationStatus.REGISTERED.name(),
                MediationStatus.FAILED.name());
        if (row.mediator() != null) {
            notifications.notifyStaff(
                    row.mediator(),
                    "调解案件 " + row.caseNumber() + " 十五日内未达成调解协议，已出具调解不成告知书，当事人可申请仲裁",
                    "/mediation/cases/" + id);
        }
    }

    /**
     * A few days before the 15th day (调解仲裁法 §14) the mediator is told in-app 【调解即将到期】. Called by the process's
     * reminder timer; nothing if the case ended meanwhile or has no mediator.
     */
    @Transactional
    public void remindDue(long id) {
        MediationCaseRow row = mapper.findById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
        if (MediationStatus.valueOf(row.status()) != MediationStatus.REGISTERED || row.mediator() == null) {
            return;
        }
        DeadlineView deadline = deadlines.get(new DeadlineId(row.deadlineId()));
        if (deadline.dueDate() != null && today().isAfter(deadline.dueDate())) {
            return; // already past (a late start of the engine): the failure notice follows instead
        }
        notifications.notifyStaff(
                row.mediator(),
                "【调解即将到期】调解案件 " + row.caseNumber() + " 的十五日调解期限于 " + deadline.dueDate() + " 届满，届时未达成调解协议的，当事人可以依法申请仲裁",
                "/mediation/cases/" + id);
    }

    /**
     * Both parties jointly applied for the committee's review of their agreement (仲裁审查 → 仲裁调解书), within 15 days
     * of the agreement (calendar days; a later day is refused naming the last one). The committee's review follows
     * ({@link MediationReview}).
     */
    @Transactional
    public void requestConfirmation(CurrentUser user, long id, ConfirmationRequest request) {
        MediationCaseRow row = mediatorsCase(user, id);
        MediationCase.of(row).require(MediationStatus.AGREED, "申请仲裁审查");
        AgreementRow agreement = mapper.findAgreement(id).orElseThrow();
        LocalDate last = calendar.dueDate(agreement.signedOn(), CONFIRMATION_DAYS, PeriodUnit.CALENDAR_DAYS)
                .dueDate();
        List<FieldProblem> problems = new ArrayList<>();
        MediationValidation.pastOrToday("appliedOn", "共同申请日期", request.appliedOn(), today(), problems);
        if (request.appliedOn() != null) {
            if (request.appliedOn().isBefore(agreement.signedOn())) {
                problems.add(
                        new FieldProblem("appliedOn", "AfterAgreement", "共同申请日期不能早于调解协议签署日期 " + agreement.signedOn()));
            } else if (request.appliedOn().isAfter(last)) {
                problems.add(new FieldProblem("appliedOn", "Late", "应自调解协议生效之日起十五日内共同申请仲裁审查，已于 " + last + " 届满"));
            }
        }
        MediationValidation.optional(MediationValidation.NOTE, "note", request.note(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (mapper.requestConfirmation(
                        id,
                        MediationStatus.AGREED.name(),
                        MediationStatus.CONFIRMATION_REQUESTED.name(),
                        request.appliedOn(),
                        MediationValidation.text(request.note()))
                == 0) {
            throw ConflictException.concurrentEdit("调解案件 " + row.caseNumber());
        }
        timeline.record(
                MediationCases.ref(id),
                MediationStep.CONFIRMATION_REQUESTED.name(),
                MediationStep.CONFIRMATION_REQUESTED.label(),
                user.username(),
                request.appliedOn() + " 双方当事人共同向仲裁委员会申请对调解协议进行仲裁审查（期限至 " + last + "）");
        audit.recordAs(
                user.username(),
                "MEDIATION_CONFIRMATION_REQUESTED",
                MediationCases.ref(id),
                row.caseNumber() + " 申请仲裁审查",
                MediationStatus.AGREED.name(),
                MediationStatus.CONFIRMATION_REQUESTED.name());
        review.open(row, request.appliedOn());
    }

    /** The case locked for a step of its mediator (anyone else who may see it: 403; anyone else: 404). */
    private MediationCaseRow mediatorsCase(CurrentUser user, long id) {
        MediationCaseRow row = mapper.lockById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
        scope.requireVisible(user, row);
        if (!scope.isMediator(user, row)) {
            throw new ForbiddenException("MEDIATION_MEDIATOR", "只有本案调解员可以办理");
        }
        return row;
    }

    private void end(MediationCaseRow row, MediationStatus to, LocalDate on, String reason) {
        if (mapper.end(row.id(), row.status(), to.name(), on, reason) == 0) {
            throw ConflictException.concurrentEdit("调解案件 " + row.caseNumber());
        }
        DeadlineView deadline = deadlines.get(new DeadlineId(row.deadlineId()));
        if (deadline.closedOn() == null) {
            deadlines.close(deadline.id(), deadline.version(), on);
        }
    }

    private LocalDate today() {
        return BeijingTime.dateOf(timeline.now());
    }
}
