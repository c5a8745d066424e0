package cn.laborcase.emergency;

import cn.laborcase.cases.CaseTask;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.workflow.TaskInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of incidents, within the user's scope (another office's incident: 404). */
@Service
public class IncidentQueries {

    private final WageIncidents incidents;
    private final IncidentApprovals approvals;
    private final EmployerRegistry employers;
    private final CaseTimeline timeline;
    private final TaskInbox inbox;
    private final WageIncidentMapper mapper;
    private final DataScope dataScope;
    private final Documents documents;
    private final IncidentMoney money;
    private final IncidentProgress progress;
    private final IncidentClosure closure;
    private final IncidentFollowUps followUps;
    private final ResponseQueries response;

    IncidentQueries(
            WageIncidents incidents,
            IncidentApprovals approvals,
            EmployerRegistry employers,
            CaseTimeline timeline,
            TaskInbox inbox,
            WageIncidentMapper mapper,
            DataScope dataScope,
            Documents documents,
            IncidentMoney money,
            IncidentProgress progress,
            IncidentClosure closure,
            IncidentFollowUps followUps,
            ResponseQueries response) {
        this.followUps = followUps;
        this.response = response;
        this.closure = closure;
        this.progress = progress;
        this.money = money;
        this.documents = documents;
        this.incidents = incidents;
        this.approvals = approvals;
        this.employers = employers;
        this.timeline = timeline;
        this.inbox = inbox;
        this.mapper = mapper;
        this.dataScope = dataScope;
    }

    @Transactional(readOnly = true)
    public WageIncidentView get(CurrentUser user, long id) {
        WageIncidentRow row = incidents.visible(user, id);
        Grade grade = Grade.valueOf(row.grade());
        IncidentStatus status = IncidentStatus.valueOf(row.status());
        EmployerView e = employers.find(row.employerId()).orElseThrow();
        Long minutesLeft = status == IncidentStatus.AWAITING_APPROVAL && row.approvalDueAt() != null
                ? minutesUntil(row.approvalDueAt(), timeline.now())
                : null;
        List<WageIncidentView.Approval> decisions = approvals.approvals(id).stream()
                .map(a -> new WageIncidentView.Approval(
                        ApprovalDecision.valueOf(a.decision()),
                        ApprovalDecision.valueOf(a.decision()).label(),
                        timeline.nameOf(a.decidedBy()),
                        Role.valueOf(a.decidedAs()).label(),
                        a.decidedAt(),
                        a.opinion()))
                .toList();
        List<WageIncidentView.Escalation> escalations = row.escalatedAt() == null
                ? List.of()
                : List.of(new WageIncidentView.Escalation(
                        row.escalatedAt(), row.approvalDueAt(), Role.BUREAU_LEADER.label()));
        List<CaseTask> tasks = row.processInstanceId() == null
                ? List.of()
                : inbox.openTasks(row.processInstanceId()).stream()
                        .map(CaseTask::of)
                        .toList();
        return new WageIncidentView(
                row.id(),
                row.incidentNumber(),
                grade,
                grade.gradeName(),
                grade.label(),
                row.gradeRule(),
                status,
                status.label(),
                new WageIncidentView.Employer(e.id(), e.creditCode(), e.name(), e.gridCode(), e.officeCode()),
                row.place(),
                row.workersAffected(),
                row.amountOwed(),
                row.arrearsPeriod(),
                row.employerAbsconded(),
                row.groupPetition(),
                row.reportedAt(),
                timeline.nameOf(row.reporter()),
                row.description(),
                row.approvalDueAt(),
                minutesLeft,
                decisions,
                escalations,
                row.complaintId(),
                row.inspectionCaseId(),
                documents.listForCase(WageIncidents.ref(id), user).stream()
                        .filter(d -> d.number() != null)
                        .map(d -> new WageIncidentView.Document(
                                d.id(), d.typeName(), d.number(), "/documents/" + d.id() + "/pdf"))
                        .toList(),
                tasks,
                timeline.of(WageIncidents.ref(id)),
                money.money(row),
                progress.of(row),
                closure.of(id),
                followUps.of(row),
                response.team(id),
                response.notifications(id),
                response.orders(id),
                response.notices(id));
    }

    /** The incident's number, for task lists (no scope: the number alone reveals nothing of the incident). */
    @Transactional(readOnly = true)
    public java.util.Optional<String> numberOf(long id) {
        return mapper.findById(id).map(WageIncidentRow::incidentNumber);
    }

    /**
     * The incidents of the user's office (and the offices below it) awaiting a leader's decision, soonest due first,
     * with the minutes left: the leaders' queue shows them before anything else.
     */
    @Transactional(readOnly = true)
    public List<AwaitingApproval> awaitingApproval(CurrentUser user) {
        if (user.officeCodes().isEmpty()) {
            return List.of();
        }
        Instant now = timeline.now();
        return mapper.findAwaiting(user.officeCodes()).stream()
                .filter(r -> dataScope.canSee(user, WageIncidents.scopeOf(r)))
                .map(r -> new AwaitingApproval(
                        r.id(),
                        r.incidentNumber(),
                        Grade.valueOf(r.grade()).label(),
                        employers.find(r.employerId()).map(EmployerView::name).orElse(""),
                        r.workersAffected(),
                        r.escalatedAt() != null,
                        minutesUntil(r.approvalDueAt(), now),
                        approvalTaskOf(user, r)))
                .toList();
    }

    /** The approval task of the incident the user may work (his own, or the 局长's after escalation), if any. */
    private String approvalTaskOf(CurrentUser user, WageIncidentRow row) {
        if (row.processInstanceId() == null) {
            return null;
        }
        return inbox.openTasks(row.processInstanceId()).stream()
                .filter(t -> IncidentApprovals.TASK_APPROVE.equals(t.taskDefinitionKey())
                        || IncidentApprovals.TASK_APPROVE_ESCALATED.equals(t.taskDefinitionKey()))
                .filter(t -> inbox.canWork(user, t))
                .map(cn.laborcase.workflow.TaskView::id)
                .findFirst()
                .orElse(null);
    }

    /** The incidents of the user's office and the offices below it, newest first. */
    @Transactional(readOnly = true)
    public List<IncidentListItem> recent(CurrentUser user, int limit) {
        if (user.officeCodes().isEmpty()) {
            return List.of();
        }
        return mapper.findInOffices(user.officeCodes(), limit).stream()
                .filter(r -> dataScope.canSee(user, WageIncidents.scopeOf(r)))
                .map(r -> new IncidentListItem(
                        r.id(),
                        r.incidentNumber(),
                        Grade.valueOf(r.grade()).label(),
                        IncidentStatus.valueOf(r.status()).label(),
                        employers.find(r.employerId()).map(EmployerView::name).orElse(""),
                        r.workersAffected(),
                        r.amountOwed(),
                        IncidentTimes.format(r.reportedAt())))
                .toList();
    }

    /**
     * An approval waiting on a leader: 剩余 minutes (negative once overdue), whether the 局长 has it too, and the task
     * the leader may open straight from his home (null when he may not work one).
     */
    public record AwaitingApproval(
            long id,
            String number,
            String gradeLabel,
            String employerName,
            int workersAffected,
            boolean escalated,
            long minutesLeft,
            String taskId) {}

    /** A row of the incident list, in words. */
    public record IncidentListItem(
            long id,
            String number,
            String gradeLabel,
            String statusLabel,
            String employerName,
            int workersAffected,
            java.math.BigDecimal amountOwed,
            String reportedAt) {}

    /** Whole minutes left, rounded up while time remains (59.5 minutes left shows 60), negative once overdue. */
    static long minutesUntil(Instant due, Instant now) {
        long seconds = Duration.between(now, due).getSeconds();
        return seconds >= 0 ? (seconds + 59) / 60 : -((-seconds) / 60);
    }
}
