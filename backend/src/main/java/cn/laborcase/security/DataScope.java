package cn.laborcase.security;

import cn.laborcase.organization.Role;
import java.util.Collections;
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
        if (user.isAdmin() || target.participants().contains(user.username())) {
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

    /** The same rule as {@link #canWork} for queries over many tasks. */
    public InboxCriteria inbox(CurrentUser user) {
        return new InboxCriteria(user.username(), user.groups());
    }

    /** What a role may see under the rules above, in words, for the administrator's roles page. */
    public String describe(Role role) {
        return switch (role) {
                    case ADMIN -> "全部案件、任务和文书";
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
