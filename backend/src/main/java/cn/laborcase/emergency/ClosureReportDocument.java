package cn.laborcase.emergency;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.emergency.persistence.ClosureRow;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Issues the numbered 处置情况报告 (documents kernel, template templates/emergency/closure-report.xhtml) when a leader
 * approves the closure report: the figures as the inspector submitted them and the leader's decision.
 */
@Component
class ClosureReportDocument {

    private final Documents documents;
    private final EmployerRegistry employers;
    private final CaseTimeline timeline;

    ClosureReportDocument(Documents documents, EmployerRegistry employers, CaseTimeline timeline) {
        this.documents = documents;
        this.employers = employers;
        this.timeline = timeline;
    }

    /** In the approval's transaction: a rendering failure refuses the approval rather than closing without a report. */
    DocumentView issue(WageIncidentRow row, ClosureRow closure, String decidedBy, Instant decidedAt, String opinion) {
        EmployerView employer = employers.find(row.employerId()).orElseThrow();
        Map<String, String> data = new HashMap<>();
        data.put("incidentNumber", row.incidentNumber());
        data.put("gradeLabel", Grade.valueOf(row.grade()).label());
        data.put("employerName", employer.name());
        data.put("employerCreditCode", employer.creditCode());
        data.put("workersAffected", row.workersAffected() + " 人");
        data.put("amountOwed", yuan(row.amountOwed()));
        data.put("reportedAt", IncidentTimes.format(row.reportedAt()));
        data.put("summary", closure.summary());
        data.put("workersPaid", closure.workersPaid() + " 人");
        data.put("amountPaid", yuan(closure.amountPaid()));
        data.put("fundAdvanced", yuan(closure.fundAdvanced()));
        data.put("amountRecovered", yuan(closure.amountRecovered()));
        data.put("fundToRecover", yuan(closure.fundToRecover()));
        data.put("submittedBy", timeline.nameOf(closure.submittedBy()));
        data.put("submittedAt", IncidentTimes.format(closure.submittedAt()));
        data.put("decidedBy", timeline.nameOf(decidedBy));
        data.put("decidedAt", IncidentTimes.format(decidedAt));
        if (opinion != null) {
            data.put("opinion", opinion);
        }
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        EmergencyDocumentTypes.CLOSURE_REPORT,
                        WageIncidents.ref(row.id()),
                        row.officeCode(),
                        row.gridCode(),
                        Set.of(closure.submittedBy()),
                        data,
                        List.of()),
                CaseTimeline.SYSTEM);
        return documents.issue(draft.id(), CaseTimeline.SYSTEM);
    }

    private static String yuan(BigDecimal amount) {
        return String.format("%,.2f 元", amount);
    }
}
