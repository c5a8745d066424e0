package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raising an incident's grade as the facts change (more workers, the employer fled, a gathering began): the table
 * grades the new facts; a higher grade is recorded with the reason and the rule that gave it on the timeline.
 */
@Service
public class IncidentGrades {

    private static final PrintableText REASON = PrintableText.multiline("升级理由", 500);

    private final WageIncidents incidents;
    private final WageIncidentMapper mapper;
    private final IncidentGrading grading;
    private final EmergencySettings settings;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final LeaderTaskEngine leaderTasks;
    private final IncidentApprovals approvals;

    IncidentGrades(
            WageIncidents incidents,
            WageIncidentMapper mapper,
            IncidentGrading grading,
            EmergencySettings settings,
            CaseTimeline timeline,
            AuditJournal audit,
            LeaderTaskEngine leaderTasks,
            IncidentApprovals approvals) {
        this.leaderTasks = leaderTasks;
        this.approvals = approvals;
        this.incidents = incidents;
        this.mapper = mapper;
        this.grading = grading;
        this.settings = settings;
        this.timeline = timeline;
        this.audit = audit;
    }

    /**
     * Grades the incident again on the new facts, by an inspector or leader who may see it: 400 naming each wrong
     * field, 409 when the new facts give no higher grade or someone changed the incident meanwhile.
     */
    @Transactional
    public Grade raise(CurrentUser user, long incidentId, RaiseGradeRequest request) {
        WageIncidentRow row = incidents.visible(user, incidentId);
        if (!(user.isLeader() || user.has(Role.INSPECTOR))) {
            throw new ForbiddenException("INCIDENT_GRADE", "只有监察员和领导可以调整事件级别");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Integer workers = null;
        if (request.workersAffected() == null || request.workersAffected().isBlank()) {
            problems.add(new FieldProblem("workersAffected", "NotNull", "请填写涉及人数"));
        } else {
            try {
                workers = Integer.parseInt(request.workersAffected().strip());
                if (workers < 0) {
                    problems.add(new FieldProblem("workersAffected", "Min", "涉及人数不能为负数"));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("workersAffected", "NotNumber", "涉及人数须为整数"));
            }
        }
        if (request.employerAbsconded() == null) {
            problems.add(new FieldProblem("employerAbsconded", "NotNull", "请选择用人单位是否欠薪逃匿"));
        }
        if (request.groupPetition() == null) {
            problems.add(new FieldProblem("groupPetition", "NotNull", "请选择是否正在发生群体性上访或聚集"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "NotBlank", "请填写升级理由"));
        } else {
            REASON.problemOf("reason", request.reason()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Grade current = Grade.valueOf(row.grade());
        IncidentGrading.GradeDecision decision = grading.grade(
                new IncidentGrading.Facts(workers, request.employerAbsconded(), request.groupPetition()),
                settings.thresholds(row.officeCode()));
        if (!decision.grade().isHigherThan(current)) {
            throw new ConflictException(
                    "GRADE_NOT_HIGHER",
                    "按新情况定级为" + decision.grade().label() + "，不高于现级别" + current.label() + "：事件级别只升不降");
        }
        if (mapper.regrade(
                        incidentId,
                        row.version(),
                        workers,
                        request.employerAbsconded(),
                        request.groupPetition(),
                        decision.grade().name(),
                        decision.rule())
                == 0) {
            throw ConflictException.concurrentEdit("该欠薪事件");
        }
        String reason = PrintableText.normalizeNewlines(request.reason().strip());
        timeline.record(
                WageIncidents.ref(incidentId),
                IncidentStep.GRADE_RAISED.name(),
                IncidentStep.GRADE_RAISED.label(),
                user.username(),
                current.label() + " → " + decision.grade().label() + "。理由：" + reason + "。依据：" + decision.rule());
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_GRADE_RAISED",
                WageIncidents.ref(incidentId),
                "事件升级：" + reason,
                current.label(),
                decision.grade().label());
        shortenClock(row, current, decision.grade(), user.username());
        return decision.grade();
    }

    /**
     * While the activation approval's clock runs, a raised grade whose limit ends earlier shortens it: due = the
     * clock's start (the report's recording, the old due time less the old grade's minutes) + the new grade's
     * minutes; never later than before. The engine timer, the section leader's task and the page move with it; a due
     * time already past fires the timer at once (escalation to the 局长).
     */
    private void shortenClock(WageIncidentRow row, Grade from, Grade to, String username) {
        if (!IncidentStatus.AWAITING_APPROVAL.name().equals(row.status())
                || row.approvalDueAt() == null
                || row.escalatedAt() != null
                || !from.needsApproval()
                || !to.needsApproval()) {
            return;
        }
        Instant start = row.approvalDueAt().minus(Duration.ofMinutes(settings.approvalMinutes(from)));
        Instant due = start.plus(Duration.ofMinutes(settings.approvalMinutes(to)));
        if (!due.isBefore(row.approvalDueAt())) {
            return;
        }
        if (mapper.shortenApprovalDue(row.id(), due) == 0) {
            return; // decided meanwhile: the clock no longer runs
        }
        leaderTasks.shortenApprovalClock(row.processInstanceId(), due);
        boolean past = !due.isAfter(timeline.now());
        timeline.record(
                WageIncidents.ref(row.id()),
                IncidentStep.APPROVAL_CLOCK_SHORTENED.name(),
                IncidentStep.APPROVAL_CLOCK_SHORTENED.label(),
                username,
                "升为" + to.label() + "，审批时限为 " + settings.approvalMinutes(to) + " 分钟：由 "
                        + IncidentTimes.format(row.approvalDueAt()) + " 提前至 " + IncidentTimes.format(due)
                        + (past ? "（已届满，立即上报局长）" : ""));
        approvals.clockShortened(row.id(), row.approvalDueAt());
    }
}
