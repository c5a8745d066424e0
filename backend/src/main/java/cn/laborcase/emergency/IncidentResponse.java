package cn.laborcase.emergency;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.NewInspectionCase;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows the grade: below the threshold, an urgent inspection case (the inspection track's, proposed by the
 * reporter as a 领导交办-style instruction awaiting 立案); after activation, the response tasks' due times.
 */
@Service
public class IncidentResponse {

    private final WageIncidents incidents;
    private final WageIncidentMapper mapper;
    private final InspectionCases inspectionCases;
    private final EmployerRegistry employers;
    private final UserLookup users;
    private final CaseTimeline timeline;
    private final EmergencySettings settings;

    IncidentResponse(
            WageIncidents incidents,
            WageIncidentMapper mapper,
            InspectionCases inspectionCases,
            EmployerRegistry employers,
            UserLookup users,
            CaseTimeline timeline,
            EmergencySettings settings) {
        this.incidents = incidents;
        this.mapper = mapper;
        this.inspectionCases = inspectionCases;
        this.employers = employers;
        this.users = users;
        this.timeline = timeline;
        this.settings = settings;
    }

    /**
     * Below the threshold: no activation approval; an urgent inspection case is proposed in the reporter's name. A
     * complaint's incident opens none (the complaint's acceptance opens its case), nor does a reporter who may not
     * propose a case (the desk): the timeline then says who has to.
     */
    @Transactional
    public Optional<Long> openInspectionCase(long incidentId) {
        WageIncidentRow row = incidents.get(incidentId);
        if (row.inspectionCaseId() != null) {
            return Optional.of(row.inspectionCaseId());
        }
        IncidentStep step = IncidentStep.INSPECTION_OPENED;
        if (row.complaintId() != null) {
            timeline.record(
                    WageIncidents.ref(incidentId),
                    step.name(),
                    step.label(),
                    CaseTimeline.SYSTEM,
                    "未达应急标准：按投诉受理后的监察案件办理");
            return Optional.empty();
        }
        Optional<CurrentUser> reporter =
                users.findActive(row.reporter()).filter(u -> u.isLeader() || u.has(Role.INSPECTOR));
        if (reporter.isEmpty()) {
            timeline.record(
                    WageIncidents.ref(incidentId),
                    step.name(),
                    step.label(),
                    CaseTimeline.SYSTEM,
                    "未达应急标准：报告人不能提请立案，请网格监察员或领导提请紧急监察案件");
            return Optional.empty();
        }
        EmployerView employer = employers.find(row.employerId()).orElseThrow();
        long caseId = inspectionCases.propose(
                reporter.get(),
                new NewInspectionCase(
                        "INSTRUCTION",
                        employer.creditCode(),
                        "突发欠薪事件" + row.incidentNumber() + "（紧急）",
                        row.description(),
                        row.amountOwed(),
                        row.workersAffected()));
        mapper.setInspectionCase(incidentId, caseId);
        timeline.record(
                WageIncidents.ref(incidentId),
                step.name(),
                step.label(),
                row.reporter(),
                "未达应急标准，已提请紧急监察案件 " + inspectionCases.get(caseId).number());
        return Optional.of(caseId);
    }

    /** When the on-site team's check is due after activation (laborcase.emergency.on-site-hours, real hours). */
    public Date onSiteDue() {
        return Date.from(timeline.now().plus(Duration.ofHours(settings.onSiteHours())));
    }

    /** When the talk with the employer or general contractor is due (laborcase.emergency.talk-hours). */
    public Date talkDue() {
        return Date.from(timeline.now().plus(Duration.ofHours(settings.talkHours())));
    }
}
