package cn.laborcase.inspection.process;

import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.workflow.CaseLink;
import org.springframework.stereotype.Component;

/** Task pages of inspection-case link back to the case page (built by the read side). */
@Component
class InspectionCaseLink implements CaseLink {

    private final InspectionCases cases;
    private final cn.laborcase.inspection.InspectionDrafts drafts;

    InspectionCaseLink(InspectionCases cases, cn.laborcase.inspection.InspectionDrafts drafts) {
        this.cases = cases;
        this.drafts = drafts;
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

    /**
     * The case's summary above its tasks (read within the user's scope), with the working days left and the drafts of
     * the documents its open approvals will issue (what the leader reads before approving).
     */
    @Override
    public CaseSummary summary(String businessKey, cn.laborcase.security.CurrentUser user) {
        try {
            long id = InspectionCaseProcess.caseId(businessKey);
            java.util.Map<String, Object> model = new java.util.HashMap<>();
            model.put("c", cases.summary(user, id));
            model.put("drafts", drafts.pending(id));
            model.put("daysLeft", drafts.daysLeft(id));
            return new CaseSummary("inspection/task-summary :: summary", model);
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
