package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentSettings;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.emergency.persistence.ApprovalRow;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.notification.MailMessage;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.DomainException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' approval of activating the emergency plan against the clock: the grid office's section leader (科长)
 * first; not answered within the grade's limit, the 局长 of the office or of an office above it too, with the
 * section leader told. Both may then decide; the first decision wins (a conditional update of the incident's status)
 * and the other gets 409.
 */
@Service
public class IncidentApprovals {

    /** The approval tasks of processes/wage-arrears-emergency.bpmn. */
    public static final String TASK_APPROVE = "Task_Approve";

    public static final String TASK_APPROVE_ESCALATED = "Task_ApproveEscalated";

    /** The form variables of both approval tasks (forms/emergency-approval.form). */
    public static final String DECISION = "approvalDecision";

    public static final String OPINION = "approvalOpinion";

    private static final PrintableText OPINION_TEXT = PrintableText.multiline("审批意见", 1000);
    private static final Set<String> APPROVAL_TASKS = Set.of(TASK_APPROVE, TASK_APPROVE_ESCALATED);

    private final WageIncidents incidents;
    private final WageIncidentMapper mapper;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final TaskInbox inbox;
    private final OrganizationDirectory directory;
    private final Notifications notifications;
    private final Documents documents;
    private final EmployerRegistry employers;
    private final DocumentSettings links;

    IncidentApprovals(
            WageIncidents incidents,
            WageIncidentMapper mapper,
            CaseTimeline timeline,
            AuditJournal audit,
            TaskInbox inbox,
            OrganizationDirectory directory,
            Notifications notifications,
            Documents documents,
            EmployerRegistry employers,
            DocumentSettings links) {
        this.links = links;
        this.documents = documents;
        this.employers = employers;
        this.incidents = incidents;
        this.mapper = mapper;
        this.timeline = timeline;
        this.audit = audit;
        this.inbox = inbox;
        this.directory = directory;
        this.notifications = notifications;
    }

    /**
     * A leader decides on the incident he may see through his open approval task: 404 for an incident he may not see,
     * 403 when he is not in its chain (not the section leader, not the 局长 after escalation), 409 when it was decided.
     */
    @Transactional
    public void decide(CurrentUser user, long incidentId, DecisionRequest request) {
        incidents.visible(user, incidentId);
        if (!(user.has(Role.SECTION_LEADER) || user.has(Role.BUREAU_LEADER))) {
            throw new ForbiddenException("INCIDENT_APPROVAL", "只有科长和局长可以审批启动应急处置");
        }
        List<FieldProblem> problems = problemsOf(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // Two leaders at once queue on the incident's row before touching their tasks: the second then reads the
        // first's decision (409). Locking the tasks first would let each hold what the other needs (a deadlock).
        WageIncidentRow row = mapper.lockById(incidentId).orElseThrow();
        if (!IncidentStatus.AWAITING_APPROVAL.name().equals(row.status())) {
            throw decided(row);
        }
        List<TaskView> open = row.processInstanceId() == null
                ? List.of()
                : inbox.openTasks(row.processInstanceId()).stream()
                        .filter(t -> APPROVAL_TASKS.contains(t.taskDefinitionKey()))
                        .toList();
        if (open.isEmpty()) {
            throw decided(row);
        }
        TaskView mine = open.stream()
                .filter(t -> inbox.canWork(user, t))
                .findFirst()
                .orElseThrow(() -> new ForbiddenException("INCIDENT_APPROVAL", "您不在该事件的审批链中：由所属机构科长审批，超时未批时由局长审批"));
        Map<String, Object> values = new HashMap<>();
        values.put(DECISION, request.decision());
        values.put(OPINION, request.opinion() == null ? "" : request.opinion().strip());
        try {
            inbox.complete(user, mine.id(), null, values);
        } catch (RuntimeException e) {
            throw domainCauseOr(e);
        }
    }

    /**
     * Before an approval task is completed through the generic inbox ({@code /api/tasks/{id}/complete}, the task
     * page): locks the incident's row first, as {@link #decide} does, so that the two paths queue on the same row
     * instead of deadlocking; the one that comes second is refused with 409 here, before its task is touched.
     */
    @Transactional
    public void lockBeforeCompleting(String processInstanceId, String taskDefinitionKey) {
        if (processInstanceId == null || !APPROVAL_TASKS.contains(taskDefinitionKey)) {
            return;
        }
        java.util.Optional<WageIncidentRow> row = mapper.lockByProcessInstance(processInstanceId);
        if (row.isPresent()
                && !IncidentStatus.AWAITING_APPROVAL.name().equals(row.get().status())) {
            throw decided(row.get());
        }
    }

    /** What is wrong with a decision, each field named; empty if it may be recorded. */
    public static List<FieldProblem> problemsOf(DecisionRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean known = request.decision() != null
                && Set.of("APPROVE", "REJECT").contains(request.decision().strip());
        if (!known) {
            problems.add(new FieldProblem("decision", "NotAllowed", "请选择审批意见：批准启动或不予启动"));
        }
        boolean blank = request.opinion() == null || request.opinion().isBlank();
        if (known && "REJECT".equals(request.decision().strip()) && blank) {
            problems.add(new FieldProblem("opinion", "NotBlank", "不予启动时请填写审批意见"));
        }
        OPINION_TEXT.problemOf("opinion", request.opinion()).ifPresent(problems::add);
        return problems;
    }

    /**
     * Records the decision as the approval task completes (its task listener), in the task's transaction: the first
     * decision moves the incident from AWAITING_APPROVAL; a second, even at the same moment, finds it moved and is
     * refused with 409, and its task stays as it was.
     */
    @Transactional
    public void recordDecision(long incidentId, String decision, String opinion, String username, boolean escalated) {
        ApprovalDecision d = ApprovalDecision.valueOf(decision);
        IncidentStatus to = d == ApprovalDecision.APPROVE ? IncidentStatus.ACTIVATED : IncidentStatus.REJECTED;
        if (mapper.changeStatus(incidentId, IncidentStatus.AWAITING_APPROVAL.name(), to.name()) == 0) {
            throw decided(incidents.get(incidentId));
        }
        String text = opinion == null || opinion.isBlank() ? null : PrintableText.normalizeNewlines(opinion.strip());
        mapper.insertApproval(new ApprovalRow(
                incidentId,
                d.name(),
                text,
                username,
                timeline.now(),
                escalated ? Role.BUREAU_LEADER.name() : Role.SECTION_LEADER.name()));
        IncidentStep step = d == ApprovalDecision.APPROVE ? IncidentStep.APPROVED : IncidentStep.REJECTED;
        timeline.record(
                WageIncidents.ref(incidentId),
                step.name(),
                step.label(),
                username,
                (escalated ? "局长审批（超时上报后）" : "科长审批") + (text == null ? "" : "：" + text));
        audit.recordAs(
                username,
                "WAGE_INCIDENT_" + d.name(),
                WageIncidents.ref(incidentId),
                d.label() + "应急处置",
                IncidentStatus.AWAITING_APPROVAL.label(),
                to.label());
    }

    /** The request reaches the section leaders of the incident's office at once (timeline and in-app notice). */
    @Transactional
    public void requested(long incidentId, String taskId) {
        WageIncidentRow row = incidents.get(incidentId);
        timeline.record(
                WageIncidents.ref(incidentId),
                IncidentStep.APPROVAL_REQUESTED.name(),
                IncidentStep.APPROVAL_REQUESTED.label(),
                CaseTimeline.SYSTEM,
                "提请科长审批启动应急处置，须于 " + IncidentTimes.format(row.approvalDueAt()) + " 前作出决定，逾时上报局长");
        notify(
                sectionLeaders(row.officeCode()),
                "【紧急】欠薪事件 " + row.incidentNumber() + " "
                        + Grade.valueOf(row.grade()).label() + " 待您审批启动应急处置，"
                        + IncidentTimes.format(row.approvalDueAt()) + " 前",
                "/tasks/" + taskId);
        mail(
                sectionLeaders(row.officeCode()),
                row,
                "approval-request:" + taskId,
                "【紧急】欠薪事件 " + row.incidentNumber() + " "
                        + Grade.valueOf(row.grade()).label() + " 待您审批启动应急处置，剩余 " + minutesLeft(row) + " 分钟",
                "欠薪事件 " + row.incidentNumber() + " 已提请您审批启动应急处置，请于 "
                        + IncidentTimes.format(row.approvalDueAt()) + " 前（剩余 " + minutesLeft(row)
                        + " 分钟）作出决定，逾时将上报局长。",
                "/tasks/" + taskId);
    }

    /**
     * Not answered in time: the 局长 gets the approval too (his task is created by the process), and the section
     * leader is told; recorded once.
     */
    @Transactional
    public void escalated(long incidentId) {
        WageIncidentRow row = incidents.get(incidentId);
        if (mapper.markEscalated(incidentId, timeline.now()) == 0) {
            return;
        }
        timeline.record(
                WageIncidents.ref(incidentId),
                IncidentStep.ESCALATED.name(),
                IncidentStep.ESCALATED.label(),
                CaseTimeline.SYSTEM,
                "科长未在 " + IncidentTimes.format(row.approvalDueAt()) + " 前作出决定，已上报局长；科长仍可审批，以先作出的决定为准");
        notify(
                sectionLeaders(row.officeCode()),
                "欠薪事件 " + row.incidentNumber() + " 启动审批已超时，已上报局长",
                "/api/wage-incidents/" + incidentId);
        mail(
                sectionLeaders(row.officeCode()),
                row,
                "escalated",
                "欠薪事件 " + row.incidentNumber() + " "
                        + Grade.valueOf(row.grade()).label() + " 启动审批已超时，已上报局长",
                "欠薪事件 " + row.incidentNumber() + " 的启动审批时限（" + IncidentTimes.format(row.approvalDueAt())
                        + "）已过，剩余 0 分钟，已上报局长。您仍可审批，以先作出的决定为准。",
                "/wage-incidents/" + incidentId);
    }

    /**
     * A raised grade shortened the running clock: the section leaders are told in-app (link to their task) and by
     * e-mail, once per new due time.
     */
    @Transactional
    public void clockShortened(long incidentId, java.time.Instant before) {
        WageIncidentRow row = incidents.get(incidentId);
        String path = row.processInstanceId() == null
                ? "/wage-incidents/" + incidentId
                : inbox.openTasks(row.processInstanceId()).stream()
                        .filter(t -> TASK_APPROVE.equals(t.taskDefinitionKey()))
                        .findFirst()
                        .map(t -> "/tasks/" + t.id())
                        .orElse("/wage-incidents/" + incidentId);
        String subject = "【紧急】欠薪事件 " + row.incidentNumber() + " 升为"
                + Grade.valueOf(row.grade()).label() + "，启动审批时限提前至 " + IncidentTimes.format(row.approvalDueAt());
        notify(sectionLeaders(row.officeCode()), subject, path);
        mail(
                sectionLeaders(row.officeCode()),
                row,
                "clock-shortened:" + row.approvalDueAt().getEpochSecond(),
                subject + "，剩余 " + minutesLeft(row) + " 分钟",
                "欠薪事件 " + row.incidentNumber() + " 已升为"
                        + Grade.valueOf(row.grade()).label() + "，启动应急处置的审批时限由 "
                        + IncidentTimes.format(before) + " 提前至 " + IncidentTimes.format(row.approvalDueAt())
                        + "，逾时将上报局长。",
                path);
    }

    /** The escalated approval task reaches the 局长 (in-app notice). */
    @Transactional
    public void escalatedTaskCreated(long incidentId, String taskId) {
        WageIncidentRow row = incidents.get(incidentId);
        notify(
                heads(row.officeCode()),
                "【紧急】欠薪事件 " + row.incidentNumber() + " "
                        + Grade.valueOf(row.grade()).label() + " 科长审批超时，请您审批启动应急处置",
                "/tasks/" + taskId);
        mail(
                heads(row.officeCode()),
                row,
                "escalated-request:" + taskId,
                "【紧急】欠薪事件 " + row.incidentNumber() + " "
                        + Grade.valueOf(row.grade()).label() + " 科长审批超时，请您审批启动应急处置（剩余 0 分钟）",
                "欠薪事件 " + row.incidentNumber() + " 的科长审批时限（" + IncidentTimes.format(row.approvalDueAt())
                        + "）已过，剩余 0 分钟，已上报您审批启动应急处置，请尽快作出决定。",
                "/tasks/" + taskId);
    }

    /**
     * Issues the one-page 应急处置启动审批表 of the incident (numbered PDF of the documents kernel), for the leaders
     * to read beside the task; once per incident.
     */
    @Transactional
    public DocumentView issueApprovalForm(long incidentId) {
        CaseRef ref = WageIncidents.ref(incidentId);
        java.util.Optional<DocumentView> issued = documents.listForCase(ref).stream()
                .filter(d -> EmergencyDocumentTypes.ACTIVATION_APPROVAL.equals(d.typeCode()))
                .findFirst();
        if (issued.isPresent()) {
            return issued.get();
        }
        WageIncidentRow row = incidents.get(incidentId);
        EmployerView employer = employers.find(row.employerId()).orElseThrow();
        Map<String, String> data = new HashMap<>();
        data.put("incidentNumber", row.incidentNumber());
        data.put("gradeLabel", Grade.valueOf(row.grade()).label());
        data.put("gradeRule", row.gradeRule());
        data.put("employerName", employer.name());
        data.put("employerCreditCode", employer.creditCode());
        if (row.place() != null) {
            data.put("place", row.place());
        }
        data.put("workersAffected", row.workersAffected() + " 人");
        data.put("amountOwed", String.format("%,.2f 元", row.amountOwed()));
        if (row.arrearsPeriod() != null) {
            data.put("arrearsPeriod", row.arrearsPeriod());
        }
        data.put("absconded", row.employerAbsconded() ? "是" : "否");
        data.put("groupPetition", row.groupPetition() ? "正在发生" : "无");
        data.put("reportedAt", IncidentTimes.format(row.reportedAt()));
        data.put("reporter", timeline.nameOf(row.reporter()));
        data.put("approvalDueAt", IncidentTimes.format(row.approvalDueAt()));
        data.put("description", row.description());
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        EmergencyDocumentTypes.ACTIVATION_APPROVAL,
                        ref,
                        row.officeCode(),
                        row.gridCode(),
                        Set.of(row.reporter()),
                        data,
                        List.of()),
                CaseTimeline.SYSTEM);
        return documents.issue(draft.id(), CaseTimeline.SYSTEM);
    }

    /** The approval's decisions (at most one), oldest first. */
    @Transactional(readOnly = true)
    public List<ApprovalRow> approvals(long incidentId) {
        return mapper.findApprovals(incidentId);
    }

    /** The candidate group of the first approval: the section leaders of the incident's office. */
    public static String sectionLeaderGroup(String officeCode) {
        return GroupIds.office(officeCode, Role.SECTION_LEADER);
    }

    /**
     * The 局长 of the office or of an office above it (a 监察大队's bureau), as candidate groups: "office:D1:bureau-leaders,
     * office:C0:bureau-leaders".
     */
    public String headGroups(String officeCode) {
        return String.join(",", heads(officeCode));
    }

    private List<String> heads(String officeCode) {
        List<Office> offices = directory.offices();
        Map<String, Office> byCode = offices.stream().collect(Collectors.toMap(Office::code, Function.identity()));
        Map<Long, Office> byId = offices.stream().collect(Collectors.toMap(Office::id, Function.identity()));
        List<String> groups = new ArrayList<>();
        groups.add(GroupIds.office(officeCode, Role.BUREAU_LEADER));
        Office office = byCode.get(officeCode);
        int guard = 0;
        while (office != null && office.parentId() != null && guard++ < 20) {
            office = byId.get(office.parentId());
            if (office != null) {
                groups.add(GroupIds.office(office.code(), Role.BUREAU_LEADER));
            }
        }
        return groups;
    }

    private static List<String> sectionLeaders(String officeCode) {
        return List.of(sectionLeaderGroup(officeCode));
    }

    private void notify(List<String> groups, String title, String link) {
        for (Colleague c : directory.colleagues(groups, null)) {
            notifications.notifyStaff(c.username(), title.length() > 200 ? title.substring(0, 199) + "…" : title, link);
        }
    }

    /**
     * The same news by e-mail (the notification outbox, sent after commit, once per key) to each leader whose staff
     * record holds an address; a leader without one has the in-app notice only.
     */
    private void mail(List<String> groups, WageIncidentRow row, String what, String subject, String lead, String path) {
        String body = lead + "\n\n"
                + "事件编号：" + row.incidentNumber() + "\n"
                + "事件等级：" + Grade.valueOf(row.grade()).label() + "\n"
                + "涉及人数：" + row.workersAffected() + " 人\n"
                + "欠薪金额：" + String.format("%,.2f 元", row.amountOwed()) + "\n"
                + "审批时限：" + IncidentTimes.format(row.approvalDueAt()) + "（剩余 " + minutesLeft(row) + " 分钟）\n"
                + "办理链接：" + links.publicBaseUrl() + path + "\n\n"
                + "本邮件由系统自动发送，请勿直接回复。";
        for (Colleague c : directory.colleagues(groups, null)) {
            directory
                    .emailOf(c.username())
                    .ifPresent(address -> notifications.queueMail(new MailMessage(
                            "wage-incident:" + row.id() + ":" + what + ":" + c.username(),
                            List.of(c.displayName() + " <" + address + ">"),
                            subject.length() > 200 ? subject.substring(0, 199) + "…" : subject,
                            body,
                            List.of(),
                            "WAGE_INCIDENT",
                            String.valueOf(row.id()))));
        }
    }

    /** Whole minutes until the approval is due, rounded up; 0 once it has passed. */
    private long minutesLeft(WageIncidentRow row) {
        if (row.approvalDueAt() == null) {
            return 0;
        }
        long seconds =
                java.time.Duration.between(timeline.now(), row.approvalDueAt()).getSeconds();
        return seconds <= 0 ? 0 : (seconds + 59) / 60;
    }

    private ConflictException decided(WageIncidentRow row) {
        List<ApprovalRow> decisions = mapper.findApprovals(row.id());
        if (decisions.isEmpty()) {
            return new ConflictException(
                    "INCIDENT_NOT_AWAITING",
                    "欠薪事件 " + row.incidentNumber() + " 当前状态为「"
                            + IncidentStatus.valueOf(row.status()).label() + "」，无需审批");
        }
        ApprovalRow first = decisions.get(0);
        return new ConflictException(
                "INCIDENT_DECIDED",
                "欠薪事件 " + row.incidentNumber() + " 已由 " + timeline.nameOf(first.decidedBy()) + " 于 "
                        + IncidentTimes.format(first.decidedAt()) + " 作出决定："
                        + ApprovalDecision.valueOf(first.decision()).label());
    }

    /** The domain exception (400/403/404/409) a task listener threw, unwrapped from the engine's exception. */
    static RuntimeException domainCauseOr(RuntimeException e) {
        Throwable t = e;
        for (int i = 0; t != null && i < 10; i++, t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return e;
    }
}
