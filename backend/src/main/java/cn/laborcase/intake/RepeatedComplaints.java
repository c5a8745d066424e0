package cn.laborcase.intake;

import cn.laborcase.employer.EmployerRisk;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.employer.RiskRules;
import cn.laborcase.employer.RiskSignal;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Early warning of repeated complaints (预警, seed 001): a new complaint against an employer that already has
 * {@code laborcase.employer.risk.repeated-complaints} open or recent ones is a REPEATED_COMPLAINTS signal to the
 * registry, in the registration's transaction.
 */
@Component
class RepeatedComplaints {

    private final ComplaintMapper mapper;
    private final EmployerRisk risk;
    private final RiskRules rules;

    RepeatedComplaints(ComplaintMapper mapper, EmployerRisk risk, RiskRules rules) {
        this.mapper = mapper;
        this.risk = risk;
        this.rules = rules;
    }

    void check(CurrentUser user, EmployerView employer, long complaintId, Instant now) {
        long others = mapper.countOthersOfEmployer(
                employer.id(), complaintId, now.minus(Duration.ofDays(rules.repeatedComplaintsDays())));
        if (others >= rules.repeatedComplaints()) {
            risk.signal(
                    employer.id(),
                    RiskSignal.REPEATED_COMPLAINTS,
                    "近 " + rules.repeatedComplaintsDays() + " 日内或未办结的投诉已有 " + others + " 件，又收到新的投诉",
                    CaseRef.of(CaseType.COMPLAINT, complaintId),
                    user.username());
        }
    }
}
