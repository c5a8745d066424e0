package cn.laborcase.emergency;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.emergency.persistence.ReferralRow;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Issues the numbered 涉嫌犯罪案件移送书 of an incident ({@link CriminalReferralDocumentType}) when the 局长 approves a
 * criminal referral, addressed to the public security organ the inspector named.
 */
@Component
class CriminalReferralDocument {

    private final Documents documents;

    CriminalReferralDocument(Documents documents) {
        this.documents = documents;
    }

    /** In the approval's transaction: a rendering failure refuses the approval rather than referring without a letter. */
    DocumentView issue(
            WageIncidentRow row,
            EmployerView employer,
            ReferralRow referral,
            BigDecimal outstanding,
            String groundText,
            LocalDate approvedOn) {
        Map<String, String> data = new HashMap<>();
        data.put("policeOrgan", referral.policeOrgan());
        data.put("incidentNumber", row.incidentNumber());
        data.put("employerName", employer.name());
        data.put("employerCreditCode", employer.creditCode());
        data.put("workersAffected", row.workersAffected() + " 人");
        data.put("amountOwed", yuan(row.amountOwed()));
        if (row.arrearsPeriod() != null) {
            data.put("arrearsPeriod", row.arrearsPeriod());
        }
        data.put("outstanding", yuan(outstanding));
        data.put("ground", groundText);
        data.put("facts", referral.facts());
        data.put(
                "approvedOn",
                approvedOn.getYear() + "年" + approvedOn.getMonthValue() + "月" + approvedOn.getDayOfMonth() + "日");
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        CriminalReferralDocumentType.TYPE,
                        WageIncidents.ref(row.id()),
                        row.officeCode(),
                        row.gridCode(),
                        Set.of(referral.proposedBy()),
                        data,
                        List.of()),
                CaseTimeline.SYSTEM);
        return documents.issue(draft.id(), CaseTimeline.SYSTEM);
    }

    private static String yuan(BigDecimal amount) {
        return String.format("%,.2f 元", amount);
    }
}
