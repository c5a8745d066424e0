package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline timers of arbitration.bpmn as staff notices (the kernel's {@link Notifications}, as inspection's
 * reminder and overdue steps): the acceptance period (调解仲裁法 §29, 5 working days) reminds and then reports to the
 * committee director who decides; the award period (§43, 45 days, +15) reminds the tribunal and reports an overrun to
 * the director. Each names the period, its article, its unit and its due date, and leaves a timeline line.
 */
@Service
public class ArbitrationReminders {

    private final ArbitrationCaseStore store;
    private final ArbitrationMapper mapper;
    private final ArbitrationDeadlines deadlines;
    private final Notifications notifications;
    private final OrganizationDirectory directory;
    private final CaseTimeline timeline;

    ArbitrationReminders(
            ArbitrationCaseStore store,
            ArbitrationMapper mapper,
            ArbitrationDeadlines deadlines,
            Notifications notifications,
            OrganizationDirectory directory,
            CaseTimeline timeline) {
        this.store = store;
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.directory = directory;
        this.timeline = timeline;
    }

    /**
     * The candidate groups of the tribunal's task: each member's own group ({@code staff:<user>}); the committee's
     * directors if there were no tribunal.
     */
    @Transactional(readOnly = true)
    public String tribunalGroups(long caseId) {
        List<String> members = tribunal(caseId);
        return members.isEmpty()
                ? GroupIds.office(store.get(caseId).officeCode(), Role.COMMITTEE_DIRECTOR)
                : members.stream().map(GroupIds::staff).collect(Collectors.joining(","));
    }

    @Transactional
    public void remindAcceptance(long caseId) {
        notice(caseId, ArbitrationDeadlines.ACCEPTANCE, false, false);
    }

    @Transactional
    public void reportAcceptanceOverdue(long caseId) {
        notice(caseId, ArbitrationDeadlines.ACCEPTANCE, true, false);
    }

    @Transactional
    public void remindAward(long caseId) {
        notice(caseId, ArbitrationDeadlines.AWARD, false, true);
    }

    @Transactional
    public void reportAwardOverdue(long caseId) {
        notice(caseId, ArbitrationDeadlines.AWARD, true, true);
    }

    private void notice(long caseId, String rule, boolean overdue, boolean tribunalFirst) {
        DeadlineView d = deadlines.open(caseId, rule).orElse(null);
        if (d == null || d.dueDate() == null) {
            return; // closed (decided, awarded, withdrawn) or paused: nothing runs out
        }
        ArbitrationCaseRow row = store.get(caseId);
        if (rule.equals(ArbitrationDeadlines.ACCEPTANCE)
                && ArbitrationStatus.valueOf(row.status()) == ArbitrationStatus.AWAITING_SUPPLEMENT) {
            return; // waiting for 补正: the period restarts when the material is complete (办案规则 §46(二))
        }
        List<String> to = overdue || !tribunalFirst ? List.of() : tribunal(caseId);
        if (to.isEmpty()) {
            to =
                    directory
                            .colleagues(List.of(GroupIds.office(row.officeCode(), Role.COMMITTEE_DIRECTOR)), null)
                            .stream()
                            .map(Colleague::username)
                            .toList();
        }
        String period = d.ruleName() + "期限（" + d.legalBasis() + "，" + d.length()
                + d.unit().label() + "）";
        String title = "仲裁案件 " + ArbitrationCaseStore.nameOf(row) + " 的" + period
                + (overdue ? "已于 " + d.dueDate() + " 届满" : "将于 " + d.dueDate() + " 届满");
        for (String username : to) {
            notifications.notifyStaff(username, title, "/arbitration/cases/" + caseId);
        }
        ArbitrationStep step = overdue ? ArbitrationStep.DEADLINE_OVERDUE : ArbitrationStep.DEADLINE_REMINDED;
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                step.name(),
                step.label(),
                CaseTimeline.SYSTEM,
                period + (overdue ? "已于 " + d.dueDate() + " 届满，已报告仲裁委主任" : "将于 " + d.dueDate() + " 届满，已提醒"));
    }

    private List<String> tribunal(long caseId) {
        return mapper.tribunal(caseId).stream().map(TribunalMemberRow::username).toList();
    }
}
