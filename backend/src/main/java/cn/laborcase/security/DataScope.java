package cn.laborcase.security;

import cn.laborcase.organization.Role;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The only place that decides what a user may see and act on. Inspectors and grid assistants: the cases of their
 * grids; arbitrators, mediators and hearing clerks: the cases they work on; intake clerks: their office; leaders:
 * their office and the offices below it; administrators: everything.
 */
@Service
public class DataScope {

    /** May the user see this case or document? */
    public boolean canSee(CurrentUser user, ScopeTarget target) {
        return user.isAdmin() || caseStaff(user, target);
    }

    /**
     * May the user see the full ID-card numbers and phones of the case's parties (on request, audited by the caller)?
     * Case staff only: administrators see every case to administer it, not the people in it (个人信息保护法 §6, 最小必要),
     * unless a case role of their own gives them the case.
     */
    public boolean canSeePersonalData(CurrentUser user, ScopeTarget target) {
        return caseStaff(user, target);
    }

    /** The case staff of a case: its participants, its office's leaders and intake desk, its grid's inspectors. */
    private boolean caseStaff(CurrentUser user, ScopeTarget target) {
        if (target.participants().contains(user.username())) {
            return true;
        }
        if (user.isLeader() && target.officeCode() != null && user.officeCodes().contains(target.officeCode())) {
            return true;
        }
        if ((user.has(Role.INSPECTOR) || user.has(Role.GRID_ASSISTANT))
                && target.gridCode() != null
                && user.gridCodes().contains(target.gridCode())) {
            return true;
        }
        return user.has(Role.INTAKE_CLERK) && user.officeCode().equals(target.officeCode());
    }

    /** May the user see this task? Those who may work it, and those who may see its case. */
    public boolean canSee(CurrentUser user, TaskScope task) {
        return canWork(user, task) || canSee(user, asCase(task));
    }

    /**
     * May the user work this task (claim, complete, transfer, return)? Its assignee, or, while nobody holds it, a
     * member of one of its candidate groups.
     */
    public boolean canWork(CurrentUser user, TaskScope task) {
        if (task.assignee() != null) {
            return task.assignee().equals(user.username());
        }
        return !Collections.disjoint(task.candidateGroups(), user.groups());
    }

    /**
     * May {@code from} transfer (转办) this task to {@code to}? To someone who could take it from its candidate
     * groups, or to a colleague of his own office (who then holds it as its assignee).
     */
    public boolean canReceiveTransfer(CurrentUser from, CurrentUser to, TaskScope task) {
        if (from.username().equals(to.username())) {
            return false;
        }
        TaskScope unclaimed = new TaskScope(null, task.candidateGroups(), task.officeCode(), task.gridCode());
        return canWork(to, unclaimed) || from.officeCode().equals(to.officeCode());
    }

    /**
     * May the user reassign (改派) a task he does not hold? A leader of the office the task's case belongs to, or of an
     * office above it, e.g. when the task is overdue (督办).
     */
    public boolean canReassign(CurrentUser user, TaskScope task) {
        return user.isLeader()
                && task.officeCode() != null
                && user.officeCodes().contains(task.officeCode());
    }

    /**
     * May the user see who made a report (举报人)? The reporter's identity is confidential (劳动保障监察条例 §9): only
     * the inspectors of the employer's grid and the leaders of the handling office (or an office above it) see it,
     * and every view is audited by the caller. Not administrators, not grid assistants, not the intake desk.
     */
    public boolean canSeeReporter(CurrentUser user, ScopeTarget report) {
        if (user.isLeader() && report.officeCode() != null && user.officeCodes().contains(report.officeCode())) {
            return true;
        }
        return user.has(Role.INSPECTOR)
                && report.gridCode() != null
                && user.gridCodes().contains(report.gridCode());
    }

    /**
     * May the user register complaints and reports (登记举报投诉)? The intake desk, inspectors and leaders of an
     * inspection office or bureau; integrations (12333 hotline, clue platform) use an intake account.
     */
    public boolean canRegisterComplaints(CurrentUser user) {
        return user.has(Role.INTAKE_CLERK)
                || user.has(Role.INSPECTOR)
                || user.has(Role.SECTION_LEADER)
                || user.has(Role.BUREAU_LEADER);
    }

    /** The same rule as {@link #canSee(CurrentUser, ScopeTarget)} for queries over many cases. */
    public CaseCriteria cases(CurrentUser user) {
        if (user.isAdmin()) {
            return new CaseCriteria(true, Set.of(), Set.of(), user.username());
        }
        Set<String> offices = new LinkedHashSet<>();
        if (user.isLeader()) {
            offices.addAll(user.officeCodes());
        }
        if (user.has(Role.INTAKE_CLERK)) {
            offices.add(user.officeCode());
        }
        Set<String> grids = user.has(Role.INSPECTOR) || user.has(Role.GRID_ASSISTANT) ? user.gridCodes() : Set.of();
        return new CaseCriteria(false, offices, grids, user.username());
    }

    /** The same rule as {@link #canWork} for queries over many tasks. */
    public InboxCriteria inbox(CurrentUser user) {
        return new InboxCriteria(user.username(), user.groups());
    }

    /** What a role may see under the rules above, in words, for the administrator's roles page. */
    public String describe(Role role) {
        return switch (role) {
                    case ADMIN -> "全部案件、任务和文书（不含当事人完整身份证号码和电话）";
                    case SECTION_LEADER, BUREAU_LEADER, COMMITTEE_DIRECTOR -> "本机构及其下级机构的全部案件";
                    case INSPECTOR, GRID_ASSISTANT -> "其所在网格的案件";
                    case INTAKE_CLERK -> "本机构的案件";
                    case MEDIATOR, ARBITRATOR, HEARING_CLERK -> "本人承办或参与的案件";
                } + "；以及其候选组内可办理的任务";
    }

    private static ScopeTarget asCase(TaskScope task) {
        return new ScopeTarget(
                task.officeCode(), task.gridCode(), task.assignee() == null ? null : java.util.Set.of(task.assignee()));
    }
}
