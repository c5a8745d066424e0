package cn.laborcase.intake;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.intake.Complaint.Numbered;
import cn.laborcase.intake.Complaint.Routed;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.GeneratedId;
import cn.laborcase.intake.process.ComplaintIntakeProcess;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A registration that duplicates nothing open becomes a complaint: numbered (the number taken in a short step of its
 * own), routed (DMN; an emergency is reported at once), its 5-working-day acceptance deadline opened (25号令 §18) and
 * its review process started, in the registration's transaction.
 */
@Component
class NewComplaints {

    private final ComplaintMapper mapper;
    private final ComplaintNumbers numbers;
    private final ComplaintTimeline timeline;
    private final ComplaintRouting routing;
    private final ComplaintParties parties;
    private final EmergencyReports emergencies;
    private final IntakeSettings settings;
    private final OrganizationDirectory directory;
    private final Deadlines deadlines;
    private final ProcessStarter processes;
    private final AuditJournal audit;

    NewComplaints(
            ComplaintMapper mapper,
            ComplaintNumbers numbers,
            ComplaintTimeline timeline,
            ComplaintRouting routing,
            ComplaintParties parties,
            EmergencyReports emergencies,
            IntakeSettings settings,
            OrganizationDirectory directory,
            Deadlines deadlines,
            ProcessStarter processes,
            AuditJournal audit) {
        this.mapper = mapper;
        this.numbers = numbers;
        this.timeline = timeline;
        this.routing = routing;
        this.parties = parties;
        this.emergencies = emergencies;
        this.settings = settings;
        this.directory = directory;
        this.deadlines = deadlines;
        this.processes = processes;
        this.audit = audit;
    }

    Registration create(
            Filing filing,
            RegisterComplaintRequest request,
            EmployerView employer,
            String employerNote,
            List<String> warnings) {
        Instant now = filing.registeredAt();
        int year = BeijingTime.dateOf(now).getYear();
        int seq = numbers.next(employer.officeCode(), year);
        String number = ComplaintNumbers.format(shortNameOf(employer.officeCode()), filing.kind(), year, seq);
        ComplaintRouting.RouteDecision route = routing.route(new ComplaintRouting.Facts(
                filing.kind(),
                filing.category(),
                filing.workersAffected(),
                filing.employerAbsconded(),
                settings.emergencyWorkersThreshold(employer.officeCode()),
                filing.onlyDoubleWages()));
        GeneratedId key = new GeneratedId();
        mapper.insert(
                Complaint.numbered(
                        filing,
                        new Numbered(number, year, seq),
                        employer.officeCode(),
                        employer.gridCode(),
                        new Routed(route.route(), route.reason())),
                filing.particulars(),
                key);
        long id = key.getId();
        ComplaintParties.Joined joined = parties.join(id, id, filing.kind(), request.complainants(), now);
        recordRegistered(id, filing, joined, route, employerNote);
        Complaint complaint = new Complaint(mapper.findById(id).orElseThrow());
        emergencies.reportOnce(complaint, employer, now);
        DeadlineView deadline = startReview(complaint, employer, BeijingTime.dateOf(filing.receivedAt()));
        // the process has begun the review by now
        ComplaintStatus status =
                ComplaintStatus.valueOf(mapper.findById(id).orElseThrow().status());
        audit.recordAs(
                filing.registeredBy(),
                "COMPLAINT_REGISTERED",
                ComplaintRegistration.TARGET,
                id,
                "登记" + filing.kind().label() + " " + number + "（"
                        + filing.category().label() + "，" + employer.name() + "）",
                null,
                status + " " + route.route());
        return new Registration(id, number, id, status, deadline.dueDate(), false, null, route.route(), warnings, null);
    }

    private void recordRegistered(
            long id,
            Filing filing,
            ComplaintParties.Joined joined,
            ComplaintRouting.RouteDecision route,
            String employerNote) {
        String actor = filing.registeredBy();
        timeline.record(
                id,
                TimelineStep.REGISTERED,
                actor,
                "经" + filing.channel().label() + "登记" + filing.kind().label() + "："
                        + filing.category().label()
                        + "，涉及 " + filing.workersAffected() + " 人"
                        + partiesText(filing.kind(), joined.added()) + employerNote);
        timeline.record(id, TimelineStep.ROUTED, actor, route.route().label() + "：" + route.reason());
    }

    /** Opens the acceptance deadline and starts the review process; the deadline as linked to it. */
    private DeadlineView startReview(Complaint complaint, EmployerView employer, LocalDate receivedOn) {
        long id = complaint.id();
        DeadlineView deadline = deadlines.open(new OpenDeadline(
                ComplaintRegistration.ACCEPTANCE_RULE,
                receivedOn,
                new DeadlineOwner(ComplaintRegistration.DEADLINE_OWNER, String.valueOf(id))));
        complaint.deadline(deadline.id().value());
        if (mapper.update(complaint.row()) == 0) {
            throw ConflictException.concurrentEdit(complaint.kind().label() + " " + complaint.number());
        }
        String processInstanceId = processes.start(
                ComplaintIntakeProcess.KEY,
                String.valueOf(id),
                new CaseContext(
                        ComplaintRegistration.caseTitle(complaint.number(), employer, complaint.category()),
                        employer.officeCode(),
                        employer.gridCode()),
                Map.of(
                        ComplaintIntakeProcess.COMPLAINT_ID, id,
                        ComplaintIntakeProcess.DEADLINE_ID, deadline.id().value(),
                        ComplaintIntakeProcess.ROUTE, complaint.route().name()));
        return deadlines.link(deadline.id(), processInstanceId, ComplaintIntakeProcess.DEADLINE_ELEMENTS);
    }

    private String shortNameOf(String officeCode) {
        return directory.offices().stream()
                .filter(o -> o.code().equals(officeCode))
                .map(Office::shortName)
                .findFirst()
                .orElse(officeCode);
    }

    static String partiesText(ComplaintKind kind, int count) {
        if (count == 0) {
            return kind == ComplaintKind.REPORT ? "，匿名举报" : "";
        }
        return "，" + kind.label() + "人 " + count + " 名";
    }
}
