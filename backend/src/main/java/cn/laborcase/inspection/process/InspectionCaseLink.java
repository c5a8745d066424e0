package cn.laborcase.inspection.process;

import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.workflow.CaseLink;
import org.springframework.stereotype.Component;

/** Task pages of inspection-case link back to the case page (built by the read side). */
@Component
class InspectionCaseLink implements CaseLink {

    private final InspectionCases cases;

    InspectionCaseLink(InspectionCases cases) {
        this.cases = cases;
    }

    @Override
    public String processKey() {
        return InspectionCaseProcess.KEY;
    }

    @Override
    public String href(String businessKey) {
        try {
            return "/inspection-cases/" + InspectionCaseProcess.caseId(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The case's summary above its tasks (read within the user's scope). */
    @Override
    public CaseSummary summary(String businessKey, cn.laborcase.security.CurrentUser user) {
        try {
            return new CaseSummary(
                    "inspection/task-summary :: summary",
                    java.util.Map.of("c", cases.summary(user, InspectionCaseProcess.caseId(businessKey))));
        } catch (NumberFormatException | cn.laborcase.shared.NotFoundException e) {
            return null;
        }
    }

    @Override
    public String caseNumber(String businessKey) {
        try {
            return cases.get(InspectionCaseProcess.caseId(businessKey)).number();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
