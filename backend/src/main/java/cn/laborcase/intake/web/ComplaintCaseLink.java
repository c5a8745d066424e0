package cn.laborcase.intake.web;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.process.ComplaintIntakeProcess;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.workflow.CaseLink;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The tasks of complaint-intake link to the complaint page (the business key is the complaint id). */
@Component
class ComplaintCaseLink implements CaseLink {

    private final Complaints complaints;

    ComplaintCaseLink(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public String processKey() {
        return ComplaintIntakeProcess.KEY;
    }

    @Override
    public String href(String businessKey) {
        return "/complaints/" + businessKey;
    }

    /** The complaint's facts and its parties, masked (an audited reveal is the complaint page's button). */
    @Override
    public CaseSummary summary(String businessKey, CurrentUser user) {
        try {
            return new CaseSummary(
                    "intake/task-summary :: summary",
                    Map.of(
                            "c",
                            complaints.get(user, new ComplaintId(Long.parseLong(businessKey))),
                            "zone",
                            BeijingTime.ZONE));
        } catch (NumberFormatException | NotFoundException e) {
            return null;
        }
    }

    @Override
    public java.util.List<String> tags(String businessKey) {
        try {
            return complaints.tagsOf(Long.parseLong(businessKey));
        } catch (NumberFormatException e) {
            return java.util.List.of();
        }
    }

    /** The complaint's number (东湖投诉〔2026〕1号), not its id. */
    @Override
    public String caseNumber(String businessKey) {
        try {
            return complaints.numberOf(Long.parseLong(businessKey)).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
