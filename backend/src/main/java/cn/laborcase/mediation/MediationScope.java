package cn.laborcase.mediation;

import cn.laborcase.mediation.persistence.MediationCaseRow;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.NotFoundException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a mediation case, through {@link DataScope}: its mediator (the case's participant), the
 * leaders of its office; and, while a referred case waits for a mediator, the mediators of its office (it is their
 * queue). Another office's case is "not found" (404).
 */
@Component
class MediationScope {

    private final DataScope dataScope;
    private final cn.laborcase.mediation.persistence.MediationCaseMapper mapper;

    MediationScope(DataScope dataScope, cn.laborcase.mediation.persistence.MediationCaseMapper mapper) {
        this.dataScope = dataScope;
        this.mapper = mapper;
    }

    boolean canSee(CurrentUser user, MediationCaseRow row) {
        if (dataScope.canSee(user, target(row))) {
            return true;
        }
        if (row.mediator() == null
                && user.has(Role.MEDIATOR)
                && row.officeCode().equals(user.officeCode())) {
            return true;
        }
        // the arbitrator the committee's director assigned to review the agreement (仲裁审查)
        return user.has(Role.ARBITRATOR)
                && MediationReview.isReviewer(user, mapper.findReview(row.id()).orElse(null));
    }

    MediationCaseRow requireVisible(CurrentUser user, MediationCaseRow row) {
        if (!canSee(user, row)) {
            throw new NotFoundException("调解案件", row.id());
        }
        return row;
    }

    /** May the user act as the case's mediator (sessions, agreement, termination)? Its mediator only. */
    boolean isMediator(CurrentUser user, MediationCaseRow row) {
        return user.has(Role.MEDIATOR) && user.username().equals(row.mediator());
    }

    static ScopeTarget target(MediationCaseRow row) {
        return new ScopeTarget(row.officeCode(), null, row.mediator() == null ? Set.of() : Set.of(row.mediator()));
    }

    /** The list's criteria, the same rule as {@link #canSee}. */
    record Criteria(boolean all, List<String> offices, String mediator, List<String> waitingOffices) {}

    Criteria criteria(CurrentUser user) {
        var c = dataScope.cases(user);
        return new Criteria(
                c.everything(),
                List.copyOf(c.officeCodes()),
                user.username(),
                user.has(Role.MEDIATOR) ? List.of(user.officeCode()) : List.of());
    }
}
