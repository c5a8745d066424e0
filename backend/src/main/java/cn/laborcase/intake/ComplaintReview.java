package cn.laborcase.intake;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.intake.persistence.ComplainantRow;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.ComplaintRow;
import cn.laborcase.intake.process.ComplaintIntakeProcess;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the admissibility review (受理审查), as the complaint-intake process drives them: start, remind,
 * escalate, reassign, decide (受理 / 不予受理 / 补正 / 告知移送) and resume after 补正. Each step changes the complaint
 * through its state machine, writes its timeline and the audit journal in the process's transaction.
 */
@Service
public class ComplaintReview {

    private final ComplaintMapper mapper;
    private final ComplaintTimeline timeline;
    private final IntakeEvents events;
    private final IntakeNotices notices;
    private final NoticeContents contents;
    private final EmployerRegistry employers;
    private final Deadlines deadlines;
    private final TaskInbox inbox;
    private final OrganizationDirectory directory;
    private final UserLookup users;
    private final AuditJournal audit;
    private final WorkingCalendar calendar;
    private final IntakeSettings settings;
    private final OrganizationNames names;

    ComplaintReview(
            ComplaintMapper mapper,
            ComplaintTimeline timeline,
            IntakeEvents events,
            IntakeNotices notices,
            NoticeContents contents,
            EmployerRegistry employers,
            Deadlines deadlines,
            TaskInbox inbox,
            OrganizationDirectory directory,
            UserLookup users,
            AuditJournal audit,
            WorkingCalendar calendar,
            IntakeSettings settings,
            OrganizationNames names) {
        this.calendar = calendar;
        this.settings = settings;
        this.names = names;
        this.mapper = mapper;
        this.timeline = timeline;
        this.events = events;
        this.notices = notices;
        this.contents = contents;
        this.employers = employers;
        this.deadlines = deadlines;
        this.inbox = inbox;
        this.directory = directory;
        this.users = users;
        this.audit = audit;
    }

    /** The process started: the review runs until the acceptance deadline. */
    @Transactional
    public void startReview(ComplaintId id, String processInstanceId, String actor) {
        Complaint complaint = load(id);
        complaint.startReview();
        complaint.trackedBy(processInstanceId, complaint.deadlineId());
        save(complaint);
        DeadlineView deadline = deadlines.get(new DeadlineId(complaint.deadlineId()));
        timeline.record(
                id.value(),
                TimelineStep.REVIEW_STARTED,
                actor,
                "交" + names.grid(complaint.gridCode()) + "监察员受理审查，" + deadline.dueDate() + " 前作出是否受理的决定（"
                        + deadline.legalBasis() + "）");
    }

    /**
     * The decision of the review (or of the leader who took it over). Closes the review round's deadline; 受理
     * publishes {@link ComplaintAccepted} for the inspection track (立案 the same day, 25号令 §18).
     *
     * @throws InvalidInputException if the outcome lacks what its decision needs (the forms check this first)
     */
    @Transactional
    public void decide(ComplaintId id, ReviewOutcome outcome, String actor) {
        if (!outcome.problems().isEmpty()) {
            throw new InvalidInputException(outcome.problems());
        }
        Complaint complaint = load(id);
        Instant now = timeline.now();
        LocalDate today = BeijingTime.dateOf(now);
        String actorName = timeline.nameOf(actor);
        TimelineStep step;
        String detail;
        switch (outcome.decision()) {
            case ACCEPT -> {
                complaint.accept(actor, now, outcome.decisionText());
                step = TimelineStep.ACCEPTED;
                detail = "决定受理，当日立案（25号令第十八条），转" + complaint.route().label() + suffix(outcome.decisionText());
            }
            case REFUSE -> {
                complaint.refuse(outcome.refusalReason(), outcome.decisionText(), actor, now);
                step = TimelineStep.REFUSED;
                detail = "决定不予受理：" + outcome.refusalReason().label() + suffix(outcome.decisionText());
            }
            case CORRECTION -> {
                complaint.requestCorrection(outcome.correctionItems(), actor, now);
                step = TimelineStep.CORRECTION_REQUESTED;
                detail = "通知补正，需一次性补正：" + outcome.correctionItems() + "；收到补正材料后重新计算受理审查期限";
            }
            case REFER -> {
                complaint.refer(
                        outcome.referralTarget(), outcome.referralDepartment(), outcome.decisionText(), actor, now);
                step = TimelineStep.REFERRED;
                detail = "告知/移送至" + outcome.referralTarget().label()
                        + (outcome.referralDepartment() == null ? "" : "：" + outcome.referralDepartment())
                        + suffix(outcome.decisionText());
            }
            default -> throw new IllegalStateException("unknown decision " + outcome.decision());
        }
        save(complaint);
        closeDeadline(complaint, today);
        timeline.record(id.value(), step, actor, detail);
        if (outcome.decision() == Decision.ACCEPT) {
            events.publish(new ComplaintAccepted(
                    complaint.id(),
                    complaint.number(),
                    complaint.employerId(),
                    complaint.officeCode(),
                    complaint.gridCode(),
                    complaint.category(),
                    complaint.route(),
                    mapper.countComplainants(complaint.id()),
                    today,
                    actor,
                    now));
        }
        if (outcome.decision() == Decision.REFER && ComplaintReferredToDispute.isDispute(outcome.referralTarget())) {
            // a labor dispute (条例 §21): the mediation or arbitration track opens its case from it without retyping
            events.publish(new ComplaintReferredToDispute(
                    complaint.id(),
                    complaint.number(),
                    outcome.referralTarget(),
                    complaint.officeCode(),
                    complaint.employerId(),
                    now));
        }
        audit.recordAs(
                actor,
                "COMPLAINT_" + outcome.decision().name(),
                ComplaintRegistration.TARGET,
                id.value(),
                actorName + "：" + complaint.number() + " " + outcome.decision().label(),
                ComplaintStatus.UNDER_REVIEW.name(),
                complaint.status().name());
    }

    /**
     * 补正材料收到: a new review round begins, its 5 working days counted from the day the material arrived (the
     * complaint is complete only then; docs/intake.md). Returns the new deadline's id for the process.
     */
    @Transactional
    public long resumeReview(
            ComplaintId id, LocalDate receivedOn, String note, String processInstanceId, String actor) {
        LocalDate today = BeijingTime.dateOf(timeline.now());
        if (receivedOn == null || receivedOn.isAfter(today)) {
            throw new InvalidInputException(
                    ComplaintIntakeProcess.CORRECTION_RECEIVED_ON, "Future", "补正材料收到日期不能为空或晚于今天");
        }
        return reopenReview(
                id,
                receivedOn,
                TimelineStep.CORRECTION_RECEIVED,
                receivedOn + " 收到补正材料" + suffix(note),
                processInstanceId,
                actor);
    }

    /**
     * The end of the period the 补正通知书 gave (laborcase.intake.correction-working-days, counted in working days from
     * the day of the request): when it passes unanswered, the review resumes on the existing material.
     */
    @Transactional(readOnly = true)
    public Instant correctionExpiresAt(ComplaintId id) {
        return BeijingTime.endOf(correctionExpiresOn(row(id)));
    }

    /**
     * The 补正 period ran out unanswered: the complaint is decided on the existing material (as the 补正通知书 says,
     * 「逾期未补正的，本机关将根据现有材料依法作出是否受理的决定」), in a new review round from the day it ran out.
     * Nobody at the desk records it.
     */
    @Transactional
    public long correctionExpired(ComplaintId id, String processInstanceId) {
        LocalDate expiredOn = correctionExpiresOn(row(id));
        return reopenReview(
                id,
                expiredOn,
                TimelineStep.CORRECTION_EXPIRED,
                "补正期限于 " + expiredOn + " 届满，未收到补正材料，根据现有材料审查",
                processInstanceId,
                ComplaintTimeline.SYSTEM);
    }

    private LocalDate correctionExpiresOn(ComplaintRow row) {
        LocalDate requestedOn = BeijingTime.dateOf(row.decidedAt());
        return calendar.dueDate(requestedOn, settings.correctionWorkingDays(), PeriodUnit.WORKING_DAYS)
                .dueDate();
    }

    /** A new review round with its own acceptance deadline from {@code from}. */
    private long reopenReview(
            ComplaintId id, LocalDate from, TimelineStep step, String what, String processInstanceId, String actor) {
        Complaint complaint = load(id);
        complaint.startReview();
        DeadlineView deadline = deadlines.open(new OpenDeadline(
                ComplaintRegistration.ACCEPTANCE_RULE,
                from,
                new DeadlineOwner(ComplaintRegistration.DEADLINE_OWNER, String.valueOf(id.value())),
                processInstanceId,
                ComplaintIntakeProcess.DEADLINE_ELEMENTS));
        complaint.deadline(deadline.id().value());
        save(complaint);
        timeline.record(id.value(), step, actor, what + "；受理审查期限自该日起重新计算，" + deadline.dueDate() + " 届满");
        audit.recordAs(
                actor,
                "COMPLAINT_CORRECTED",
                ComplaintRegistration.TARGET,
                id.value(),
                complaint.number() + (step == TimelineStep.CORRECTION_EXPIRED ? " 补正期满未补正，按现有材料重新审查" : " 收到补正材料，重新审查"),
                ComplaintStatus.AWAITING_CORRECTION.name(),
                ComplaintStatus.UNDER_REVIEW.name());
        return deadline.id().value();
    }

    /** One working day before the due date: whoever holds the review, or every inspector who may take it. */
    @Transactional
    public void remindReviewer(ComplaintId id) {
        Complaint complaint = load(id);
        TaskView review = reviewTask(complaint);
        List<String> recipients = review.assignee() != null
                ? List.of(review.assignee())
                : directory.colleagues(review.candidateGroups(), null).stream()
                        .map(Colleague::username)
                        .toList();
        LocalDate due = deadlines.get(new DeadlineId(complaint.deadlineId())).dueDate();
        notices.remindReviewers(recipients, complaint.number(), due, review.id());
        timeline.record(
                id.value(),
                TimelineStep.REMINDED,
                ComplaintTimeline.SYSTEM,
                "受理审查将于 " + due + " 到期，已提醒 "
                        + String.join(
                                "、", recipients.stream().map(timeline::nameOf).toList()));
    }

    /** On breach: the leaders of the office are told and get a task to reassign the review or decide themselves. */
    @Transactional
    public void reportOverdue(ComplaintId id) {
        Complaint complaint = load(id);
        String leaderGroup = deadlines.reminderPolicy().escalationGroup(complaint.officeCode());
        List<String> leaders = directory.colleagues(Set.of(leaderGroup), null).stream()
                .map(Colleague::username)
                .toList();
        LocalDate due = deadlines.get(new DeadlineId(complaint.deadlineId())).dueDate();
        notices.reportOverdue(leaders, complaint.number(), due, complaint.id());
        timeline.record(
                id.value(),
                TimelineStep.OVERDUE,
                ComplaintTimeline.SYSTEM,
                "受理审查期限已于 " + due + " 届满，未作出决定；已报告 "
                        + String.join(
                                "、", leaders.stream().map(timeline::nameOf).toList()) + " 督办");
        audit.recordAs(
                ComplaintTimeline.SYSTEM,
                "COMPLAINT_OVERDUE",
                ComplaintRegistration.TARGET,
                id.value(),
                complaint.number() + " 受理审查超期",
                null,
                leaderGroup);
    }

    /** 改派: the leader hands the review to another inspector who may work it (through the task inbox). */
    @Transactional
    public void reassignReview(ComplaintId id, String leaderUsername, String toUsername, String reason) {
        Complaint complaint = load(id);
        CurrentUser leader = users.findActive(leaderUsername)
                .orElseThrow(() -> new IllegalStateException("leader " + leaderUsername + " is not active"));
        TaskView review = reviewTask(complaint);
        TaskView moved = inbox.reassign(leader, review.id(), toUsername, reason);
        timeline.record(
                id.value(),
                TimelineStep.REASSIGNED,
                leaderUsername,
                "受理审查改派给 " + moved.assigneeName() + "，理由：" + reason.strip());
    }

    /**
     * 举报投诉登记表, issued for the counter to print and hand over as the receipt (e-mailed where the complainant gave
     * an address). A report's is issued without the reporter's identity and served on nobody.
     */
    @Transactional
    public void issueRegistrationForm(ComplaintId id) {
        ComplaintRow row = row(id);
        // the form records this registration: its own people only (a report merged in since is not on it), and a
        // reporter is served nothing (条例 §9 第三款)
        List<ComplainantRow> people = mapper.findComplainants(row.id()).stream()
                .filter(p -> p.registrationId() == row.id())
                .toList();
        List<ComplainantRow> served =
                people.stream().filter(p -> !ComplaintParties.isReporter(p)).toList();
        String clerk = contents.nameOf(row.registeredBy());
        IntakeNotices.IssuedNotice issued = notices.issue(
                IntakeDocumentTypes.COMPLAINT_REGISTRATION,
                row.id(),
                row.officeCode(),
                row.gridCode(),
                contents.registration(
                        row,
                        mapper.findParticulars(row.id()).orElse(ComplaintParticulars.NONE),
                        employer(row),
                        people,
                        clerk),
                contents.recipients(row, served),
                row.registeredBy(),
                clerk);
        timeline.record(id.value(), TimelineStep.DOCUMENT_ISSUED, row.registeredBy(), issued.summary());
    }

    /**
     * The notice of the decision (受理通知书, 不予受理通知书, 补正通知书 or 告知书), issued in the name of whoever decided
     * and served on the complainants. A report's reporter gets none: he would have to appear in it.
     */
    @Transactional
    public void issueDecisionNotice(ComplaintId id) {
        ComplaintRow row = row(id);
        // named in and served on the complainants only: a report's reporter would have to appear in it; a worker
        // whose complaint joined a report gets his notice all the same
        List<ComplainantRow> people = mapper.findComplainants(row.id()).stream()
                .filter(p -> !ComplaintParties.isReporter(p))
                .toList();
        if (people.isEmpty() && ComplaintKind.REPORT.name().equals(row.kind())) {
            timeline.record(
                    id.value(),
                    TimelineStep.DOCUMENT_ISSUED,
                    ComplaintTimeline.SYSTEM,
                    "举报件不出具" + ComplaintStatus.valueOf(row.status()).label() + "文书：举报人信息保密（条例第九条），如需告知由承办人另行答复");
            return;
        }
        NoticeContents.Notice notice = contents.decision(row, employer(row), people)
                .orElseThrow(() -> new ConflictException(
                        "NO_NOTICE",
                        row.number() + " 当前状态「"
                                + ComplaintStatus.valueOf(row.status()).label() + "」没有决定文书"));
        IntakeNotices.IssuedNotice issued = notices.issue(
                notice.typeCode(),
                row.id(),
                row.officeCode(),
                row.gridCode(),
                notice.data(),
                contents.recipients(row, people),
                row.decidedBy(),
                contents.nameOf(row.decidedBy()));
        timeline.record(id.value(), TimelineStep.DOCUMENT_ISSUED, row.decidedBy(), issued.summary());
    }

    private ComplaintRow row(ComplaintId id) {
        return mapper.findById(id.value()).orElseThrow(() -> new NotFoundException("投诉举报", id));
    }

    private EmployerView employer(ComplaintRow row) {
        return employers.find(row.employerId()).orElseThrow();
    }

    /** The open review task of the complaint (to remind, reassign, or check a reassignment against). */
    @Transactional(readOnly = true)
    public TaskView reviewTask(ComplaintId id) {
        return reviewTask(load(id));
    }

    private TaskView reviewTask(Complaint complaint) {
        if (complaint.processInstanceId() == null) {
            throw new ConflictException("NO_REVIEW", complaint.number() + " 没有进行中的受理审查");
        }
        return inbox.openTasks(complaint.processInstanceId()).stream()
                .filter(t -> t.taskDefinitionKey().equals(ComplaintIntakeProcess.REVIEW))
                .findFirst()
                .orElseThrow(() -> new ConflictException("NO_REVIEW", complaint.number() + " 没有进行中的受理审查"));
    }

    private void closeDeadline(Complaint complaint, LocalDate today) {
        if (complaint.deadlineId() == null) {
            return;
        }
        DeadlineView deadline = deadlines.get(new DeadlineId(complaint.deadlineId()));
        if (deadline.closedOn() == null) {
            deadlines.close(deadline.id(), deadline.version(), today);
        }
    }

    private Complaint load(ComplaintId id) {
        return new Complaint(mapper.findById(id.value()).orElseThrow(() -> new NotFoundException("投诉举报", id)));
    }

    private void save(Complaint complaint) {
        if (mapper.update(complaint.row()) == 0) {
            throw ConflictException.concurrentEdit(complaint.kind().label() + " " + complaint.number());
        }
    }

    private static String suffix(String text) {
        return text == null || text.isBlank() ? "" : "；" + text.strip();
    }
}
