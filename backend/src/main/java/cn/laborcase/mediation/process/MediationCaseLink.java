package cn.laborcase.mediation.process;

import cn.laborcase.mediation.MediationCases;
import cn.laborcase.mediation.MediationQueries;
import cn.laborcase.mediation.MediationSummary;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.workflow.CaseLink;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Task pages of mediation link back to the case page, where sessions, the agreement and a termination are recorded. */
@Component
class MediationCaseLink implements CaseLink {

    private final MediationQueries queries;

    MediationCaseLink(MediationQueries queries) {
        this.queries = queries;
    }

    @Override
    public String processKey() {
        return MediationProcess.KEY;
    }

    @Override
    public String href(String businessKey) {
        return MediationCases.caseId(businessKey)
                .map(id -> "/mediation/cases/" + id)
                .orElse(null);
    }

    @Override
    public String caseNumber(String businessKey) {
        return MediationCases.caseId(businessKey)
                .flatMap(queries::forTask)
                .map(MediationSummary::number)
                .orElse(null);
    }

    /** The case (read within the user's scope, parties masked as on the case page) above the task. */
    @Override
    public CaseSummary summary(String businessKey, CurrentUser user) {
        try {
            return MediationCases.caseId(businessKey)
                    .map(id -> new CaseSummary(
                            "mediation/task-summary :: summary", Map.<String, Object>of("c", queries.get(user, id))))
                    .orElse(null);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
