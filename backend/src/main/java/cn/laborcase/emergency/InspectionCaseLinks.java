package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.IncidentFollowUpMapper;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.inspection.InspectionCase;
import cn.laborcase.inspection.InspectionCaseQueries;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.InspectionStatus;
import cn.laborcase.inspection.NewInspectionCase;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident's inspection case (the inspection track's 监察案件): an inspector or leader of the office links an open
 * case of the same employer, or proposes one for an activated incident (as the below-threshold path does, through
 * {@link InspectionCases#propose}). One case per incident: the link is a conditional update, a second is a 409.
 */
@Service
public class InspectionCaseLinks {

    private final WageIncidents incidents;
    private final WageIncidentMapper incidentMapper;
    private final IncidentFollowUpMapper mapper;
    private final InspectionCases inspectionCases;
    private final InspectionCaseQueries inspectionQueries;
    private final EmployerRegistry employers;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    InspectionCaseLinks(
            WageIncidents incidents,
            WageIncidentMapper incidentMapper,
            IncidentFollowUpMapper mapper,
            InspectionCases inspectionCases,
            InspectionCaseQueries inspectionQueries,
            EmployerRegistry employers,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.incidents = incidents;
        this.incidentMapper = incidentMapper;
        this.mapper = mapper;
        this.inspectionCases = inspectionCases;
        this.inspectionQueries = inspectionQueries;
        this.employers = employers;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** A case the user may pick: the open cases of the incident's employer and office he sees, newest first. */
    public record Candidate(long id, String number, String label) {}

    @Transactional(readOnly = true)
    public List<Candidate> candidates(CurrentUser user, long incidentId) {
        WageIncidentRow row = incidents.visible(user, incidentId);
        if (!mayLink(user) || row.inspectionCaseId() != null) {
            return List.of();
        }
        return inspectionQueries.ofEmployer(user, row.employerId(), 100).stream()
                .filter(c -> row.officeCode().equals(c.officeCode()))
                .filter(c -> InspectionStatus.valueOf(c.status()).open())
                .map(c -> new Candidate(
                        c.id(), c.number(), c.number() + " " + c.originLabel() + "（" + c.statusLabel() + "）"))
                .toList();
    }

    /** Links an open case of the same employer and office; 404 for a case the user does not see, 400 for another's. */
    @Transactional
    public void link(CurrentUser user, long incidentId, InspectionCaseLinkRequest request) {
        incidents.visible(user, incidentId);
        requireRole(user);
        long caseId;
        try {
            caseId = Long.parseLong(
                    request == null || request.caseId() == null
                            ? ""
                            : request.caseId().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("caseId", "NotNull", "请选择要关联的监察案件");
        }
        InspectionCase c;
        try {
            c = inspectionCases.get(user, caseId);
        } catch (NotFoundException e) {
            throw new NotFoundException("监察案件", caseId);
        }
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (c.employerId() != row.employerId() || !c.officeCode().equals(row.officeCode())) {
            throw new InvalidInputException("caseId", "OtherEmployer", "只能关联本事件用人单位在本机构的监察案件，" + c.number() + " 不是");
        }
        if (!c.status().open()) {
            throw new InvalidInputException(
                    "caseId", "Closed", "监察案件 " + c.number() + " 已" + c.status().label() + "，不能关联");
        }
        linkLocked(user, row, caseId, "关联监察案件 " + c.number());
    }

    /** Proposes an inspection case for an activated incident without one (a 领导交办-style case awaiting 立案). */
    @Transactional
    public long open(CurrentUser user, long incidentId) {
        incidents.visible(user, incidentId);
        requireRole(user);
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (!IncidentStatus.ACTIVATED.name().equals(row.status())
                && !IncidentStatus.INSPECTION.name().equals(row.status())) {
            throw new ConflictException(
                    "INCIDENT_NOT_ACTIVATED",
                    "欠薪事件 " + row.incidentNumber() + " 当前状态为「"
                            + IncidentStatus.valueOf(row.status()).label() + "」，不能提请监察案件");
        }
        requireUnlinked(row);
        EmployerView employer = employers.find(row.employerId()).orElseThrow();
        long caseId = inspectionCases.propose(
                user,
                new NewInspectionCase(
                        "INSTRUCTION",
                        employer.creditCode(),
                        "突发欠薪事件" + row.incidentNumber(),
                        row.description(),
                        row.amountOwed(),
                        row.workersAffected()));
        linkLocked(user, row, caseId, "提请监察案件 " + inspectionCases.get(caseId).number());
        return caseId;
    }

    private void linkLocked(CurrentUser user, WageIncidentRow row, long caseId, String detail) {
        requireUnlinked(row);
        if (mapper.linkInspectionCase(row.id(), caseId) == 0) {
            throw alreadyLinked(incidents.get(row.id()));
        }
        FollowUpStep step = FollowUpStep.INSPECTION_LINKED;
        timeline.record(WageIncidents.ref(row.id()), step.name(), step.label(), user.username(), detail);
        audit.recordAs(
                user.username(), "WAGE_INCIDENT_INSPECTION_LINKED", WageIncidents.ref(row.id()), detail, null, null);
    }

    private void requireUnlinked(WageIncidentRow row) {
        if (row.inspectionCaseId() != null) {
            throw alreadyLinked(row);
        }
    }

    private ConflictException alreadyLinked(WageIncidentRow row) {
        String number =
                inspectionQueries.numbers(List.of(row.inspectionCaseId())).getOrDefault(row.inspectionCaseId(), "");
        return new ConflictException("INSPECTION_LINKED", "欠薪事件 " + row.incidentNumber() + " 已关联监察案件 " + number);
    }

    private static boolean mayLink(CurrentUser user) {
        return user.has(Role.INSPECTOR) || user.isLeader();
    }

    private static void requireRole(CurrentUser user) {
        if (!mayLink(user)) {
            throw new ForbiddenException("INCIDENT_INSPECTION_LINK", "只有监察员和领导可以关联或提请监察案件");
        }
    }
}
