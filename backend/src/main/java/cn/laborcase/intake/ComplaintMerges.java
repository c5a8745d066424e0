package cn.laborcase.intake;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.GeneratedId;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.ConflictException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 合并: a registration about the same employer and matter as an open complaint is kept as a MERGED row (channel,
 * time, description, who registered it); its people join the complaint as parties of their own kind (a reporter stays
 * confidential, 条例 §9 第三款; a person already a party is not added again), and the route is decided again on the
 * combined figures: a merge can make wage arrears an emergency.
 */
@Component
class ComplaintMerges {

    private final ComplaintMapper mapper;
    private final ComplaintTimeline timeline;
    private final ComplaintRouting routing;
    private final ComplaintParties parties;
    private final EmergencyReports emergencies;
    private final IntakeSettings settings;
    private final Deadlines deadlines;
    private final DataScope dataScope;
    private final AuditJournal audit;

    ComplaintMerges(
            ComplaintMapper mapper,
            ComplaintTimeline timeline,
            ComplaintRouting routing,
            ComplaintParties parties,
            EmergencyReports emergencies,
            IntakeSettings settings,
            Deadlines deadlines,
            DataScope dataScope,
            AuditJournal audit) {
        this.mapper = mapper;
        this.timeline = timeline;
        this.routing = routing;
        this.parties = parties;
        this.emergencies = emergencies;
        this.settings = settings;
        this.deadlines = deadlines;
        this.dataScope = dataScope;
        this.audit = audit;
    }

    Registration merge(
            CurrentUser user,
            Filing filing,
            RegisterComplaintRequest request,
            EmployerView employer,
            Complaint existing,
            String employerNote,
            List<String> warnings) {
        GeneratedId key = new GeneratedId();
        mapper.insert(Complaint.merged(filing, existing), filing.particulars(), key);
        long registrationId = key.getId();
        ComplaintParties.Joined joined = parties.join(
                existing.id(), registrationId, filing.kind(), request.complainants(), filing.registeredAt());
        Route before = existing.route();
        existing.absorb(filing.workersAffected(), filing.amountOwed(), filing.employerAbsconded());
        ComplaintRouting.RouteDecision route = routing.route(new ComplaintRouting.Facts(
                existing.kind(),
                existing.category(),
                existing.workersAffected(),
                existing.employerAbsconded(),
                settings.emergencyWorkersThreshold(existing.officeCode())));
        existing.routed(route.route(), route.reason());
        if (mapper.update(existing.row()) == 0) {
            throw ConflictException.concurrentEdit(existing.kind().label() + " " + existing.number());
        }
        boolean senderSees = dataScope.canSee(user, Complaints.scope(existing.row()));
        record(filing, existing, registrationId, joined, before, employerNote, senderSees);
        emergencies.reportOnce(existing, employer, filing.registeredAt());
        audit.recordAs(
                filing.registeredBy(),
                "COMPLAINT_MERGED",
                ComplaintRegistration.TARGET,
                existing.id(),
                "新登记的" + filing.kind().label() + "（#" + registrationId + "）并入 " + existing.number(),
                null,
                String.valueOf(registrationId));
        return answer(senderSees, existing, registrationId, warnings);
    }

    private void record(
            Filing filing,
            Complaint existing,
            long registrationId,
            ComplaintParties.Joined joined,
            Route before,
            String employerNote,
            boolean senderSees) {
        String actor = filing.registeredBy();
        timeline.record(
                existing.id(),
                TimelineStep.MERGED,
                actor,
                "同一用人单位同一事项的" + filing.kind().label() + "（经" + filing.channel().label() + "）并入本件"
                        + NewComplaints.partiesText(filing.kind(), joined.added()) + joined.text() + "，该次反映涉及 "
                        + filing.workersAffected() + " 人；合并后涉及 " + existing.workersAffected() + " 人" + employerNote);
        // the registration's own timeline is read by whoever registered it: the number only if he may see the case
        timeline.record(
                registrationId,
                TimelineStep.MERGED,
                actor,
                senderSees ? "与 " + existing.number() + " 系同一事项，已并入该件办理" : "与他局正在办理的同一事项投诉合并办理，编号不予显示");
        if (existing.route() != before) {
            timeline.record(
                    existing.id(),
                    TimelineStep.ROUTED,
                    actor,
                    "合并后重新分流：" + existing.route().label() + "：" + existing.routeReason());
        }
    }

    /**
     * The answer names the complaint only to a sender who may see it (issue 9 item 4): a clerk of another office
     * learns that his registration was merged, not the id and number of a case he may not read.
     */
    private Registration answer(boolean senderSees, Complaint existing, long registrationId, List<String> warnings) {
        if (!senderSees) {
            return new Registration(
                    registrationId,
                    null,
                    registrationId,
                    ComplaintStatus.MERGED,
                    null,
                    true,
                    null,
                    null,
                    warnings,
                    Registration.MERGED_ELSEWHERE);
        }
        LocalDate due = existing.status().awaitsDecision() && existing.deadlineId() != null
                ? deadlines.get(new DeadlineId(existing.deadlineId())).dueDate()
                : null;
        return new Registration(
                existing.id(),
                existing.number(),
                registrationId,
                existing.status(),
                due,
                true,
                existing.number(),
                existing.route(),
                warnings,
                null);
    }
}
