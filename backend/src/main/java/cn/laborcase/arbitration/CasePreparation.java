package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.PartyRow;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From acceptance to the first hearing (庭前准备): the 应诉通知书 with the application copy served on the respondent
 * within 5 working days (调解仲裁法 §30), the answer period of 10 working days from its receipt, and the tribunal
 * composed and notified within 5 working days of acceptance (§§31, 32); then the case waits for its hearing.
 */
@Service
public class CasePreparation {

    private final ArbitrationCaseStore store;
    private final ArbitrationMapper mapper;
    private final ArbitrationDeadlines deadlines;
    private final ArbitrationDocuments documents;
    private final ArbitrationTasks tasks;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final OrganizationDirectory directory;

    CasePreparation(
            ArbitrationCaseStore store,
            ArbitrationMapper mapper,
            ArbitrationDeadlines deadlines,
            ArbitrationDocuments documents,
            ArbitrationTasks tasks,
            CaseTimeline timeline,
            AuditJournal audit,
            OrganizationDirectory directory) {
        this.store = store;
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.documents = documents;
        this.tasks = tasks;
        this.timeline = timeline;
        this.audit = audit;
        this.directory = directory;
    }

    /** The clerk records the respondent's receipt (the service record's date), through the service task. */
    @Transactional
    public void recordService(CurrentUser user, long id, ServiceRecordRequest request) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        ArbitrationCaseStore.require(row, "登记送达", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        String on = request == null ? null : request.receivedOn();
        ApplicationReview.date("receivedOn", "被申请人签收日期", on);
        tasks.complete(
                user,
                row,
                ArbitrationProcess.TASK_RECORD_SERVICE,
                "送达登记",
                Map.of(ArbitrationProcess.SERVED_ON, on.strip()));
    }

    /** The director names the tribunal, through the composition task. */
    @Transactional
    public void composeTribunal(CurrentUser user, long id, TribunalRequest request) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        ArbitrationCaseStore.require(row, "组成仲裁庭", ArbitrationStatus.ACCEPTED);
        TribunalRequest r = request == null ? new TribunalRequest(null, null, null, null, null) : request;
        List<FieldProblem> problems = TribunalRule.problemsOf(r, row.collective(), arbitratorsOf(row.officeCode()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> values = new HashMap<>();
        values.put(
                ArbitrationProcess.TRIBUNAL_MODE,
                r.mode() == null || r.mode().isBlank() ? "THREE" : r.mode().strip());
        put(values, ArbitrationProcess.PRESIDING, r.presiding());
        put(values, ArbitrationProcess.MEMBER_1, r.arbitrator2());
        put(values, ArbitrationProcess.MEMBER_2, r.arbitrator3());
        put(values, ArbitrationProcess.SOLE, r.sole());
        tasks.complete(user, row, ArbitrationProcess.TASK_COMPOSE_TRIBUNAL, "组成仲裁庭", values);
    }

    /** The committee's arbitrators (active staff with the role), by user name. */
    public Set<String> arbitratorsOf(String officeCode) {
        return arbitrators(officeCode).stream().map(Colleague::username).collect(Collectors.toSet());
    }

    /** The committee's arbitrators with their names, for the forms' choices. */
    public List<Colleague> arbitrators(String officeCode) {
        return directory.colleagues(List.of("office:" + officeCode + ":" + Role.ARBITRATOR.groupName()), null);
    }

    // ---- process steps (delegate and listeners of arbitration.bpmn) ----

    /** 应诉通知书 with the application copy, one to each respondent. */
    @Transactional
    public void issueAnswerNotices(long caseId) {
        ArbitrationCaseRow row = store.get(caseId);
        List<PartyRow> respondents = mapper.parties(caseId).stream()
                .filter(p -> p.kind().equals("RESPONDENT"))
                .toList();
        for (PartyRow respondent : respondents) {
            Map<String, String> data = documents.common(row);
            data.put("respondent", respondent.name());
            data.put("acceptedOn", row.decidedOn().toString());
            documents.issue(
                    ArbitrationDocumentTypes.ANSWER_NOTICE,
                    row,
                    data,
                    CaseTimeline.SYSTEM,
                    ArbitrationDocuments.respondent(respondent));
        }
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.ANSWER_NOTICE_ISSUED.name(),
                ArbitrationStep.ANSWER_NOTICE_ISSUED.label(),
                CaseTimeline.SYSTEM,
                "应诉通知书及仲裁申请书副本 " + respondents.size() + " 份，待登记送达回证（被申请人签收之日起计算答辩期）");
    }

    /**
     * The respondent received the notice on {@code receivedOn} (the service record's date): the service period is
     * met and the answer period runs from that day. Returns the answer deadline's id for the engine's timer.
     */
    @Transactional
    public long served(long caseId, String receivedOn, String actor) {
        ArbitrationCaseRow row = store.lock(caseId);
        LocalDate on = ApplicationReview.date(ArbitrationProcess.SERVED_ON, "被申请人签收日期", receivedOn);
        if (on.isAfter(BeijingTime.dateOf(timeline.now()))) {
            throw new InvalidInputException(ArbitrationProcess.SERVED_ON, "Future", "签收日期不能晚于今天");
        }
        if (row.decidedOn() != null && on.isBefore(row.decidedOn())) {
            throw new InvalidInputException(
                    ArbitrationProcess.SERVED_ON, "BeforeAcceptance", "签收日期不能早于受理日期 " + row.decidedOn());
        }
        if (mapper.recordService(caseId, on) == 0) {
            ArbitrationCaseStore.require(row, "登记送达", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
            throw new cn.laborcase.shared.ConflictException("ARBITRATION_SERVED", "该案已登记送达");
        }
        deadlines.close(caseId, ArbitrationDeadlines.SERVICE, on);
        DeadlineView answer = deadlines.open(
                ArbitrationDeadlines.ANSWER,
                caseId,
                on,
                row.processInstanceId(),
                Set.of(ArbitrationProcess.TIMER_ANSWER_PERIOD));
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.RESPONDENT_SERVED.name(),
                ArbitrationStep.RESPONDENT_SERVED.label(),
                actor,
                on + " 被申请人签收，答辩期至 " + answer.dueDate());
        audit.recordAs(
                actor,
                "ARBITRATION_SERVED",
                ArbitrationCaseStore.ref(caseId),
                "登记送达 " + ArbitrationCaseStore.nameOf(row),
                null,
                on.toString());
        return answer.id().value();
    }

    /** The engine's timer at the end of the answer period. */
    @Transactional
    public void answerPeriodEnded(long caseId) {
        deadlines
                .open(caseId, ArbitrationDeadlines.ANSWER)
                .ifPresent(d -> deadlines.close(caseId, ArbitrationDeadlines.ANSWER, d.dueDate()));
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.ANSWER_PERIOD_ENDED.name(),
                ArbitrationStep.ANSWER_PERIOD_ENDED.label(),
                CaseTimeline.SYSTEM,
                "答辩期届满（逾期未答辩的，不影响仲裁程序的进行）");
    }

    /** The composition task's complete listener: the members, the notice and the met period. */
    @Transactional
    public void tribunalComposed(long caseId, TribunalRequest r, String actor) {
        ArbitrationCaseRow row = store.lock(caseId);
        ArbitrationCaseStore.require(row, "组成仲裁庭", ArbitrationStatus.ACCEPTED);
        List<FieldProblem> problems = TribunalRule.problemsOf(r, row.collective(), arbitratorsOf(row.officeCode()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean sole = "SOLE".equals(r.mode());
        Map<String, String> members = new LinkedHashMap<>();
        if (sole) {
            members.put(r.sole().strip(), "SOLE");
        } else {
            members.put(r.presiding().strip(), "PRESIDING");
            members.put(r.arbitrator2().strip(), "MEMBER");
            members.put(r.arbitrator3().strip(), "MEMBER");
        }
        int position = 0;
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> m : members.entrySet()) {
            mapper.insertTribunalMember(new TribunalMemberRow(caseId, m.getKey(), m.getValue(), position++));
            lines.add(roleLabel(m.getValue()) + "：" + documents.nameOf(m.getKey()));
        }
        LocalDate today = BeijingTime.dateOf(timeline.now());
        mapper.composeTribunal(caseId, sole ? "SOLE" : "THREE", today);
        deadlines.close(caseId, ArbitrationDeadlines.TRIBUNAL_NOTICE, today);
        ArbitrationCaseRow composed = store.get(caseId);
        Map<String, String> data = documents.common(composed);
        data.put("mode", sole ? "由一名仲裁员独任仲裁" : "由三名仲裁员组成仲裁庭，设首席仲裁员");
        data.put("tribunal", String.join("\n", lines));
        deadlines
                .open(caseId, ArbitrationDeadlines.AWARD)
                .ifPresent(d -> data.put("awardDueDate", d.dueDate().toString()));
        documents.issue(ArbitrationDocumentTypes.TRIBUNAL_NOTICE, composed, data, actor);
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.TRIBUNAL_COMPOSED.name(),
                ArbitrationStep.TRIBUNAL_COMPOSED.label(),
                actor,
                String.join("；", lines));
        audit.recordAs(
                actor,
                "ARBITRATION_TRIBUNAL_COMPOSED",
                ArbitrationCaseStore.ref(caseId),
                "组成仲裁庭 " + ArbitrationCaseStore.nameOf(row),
                ArbitrationStatus.ACCEPTED.label(),
                ArbitrationStatus.TRIBUNAL_COMPOSED.label());
    }

    /** The 安排开庭 task was created: the case waits for the hearings issue's scheduling. */
    @Transactional
    public void awaitingHearing(long caseId) {
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.AWAITING_HEARING.name(),
                ArbitrationStep.AWAITING_HEARING.label(),
                CaseTimeline.SYSTEM,
                "仲裁庭已组成、答辩期已届满，待安排开庭");
    }

    /** Locks the case of a process before the inbox completes one of its tasks (one lock order for both paths). */
    @Transactional
    public void lockBeforeCompleting(String processInstanceId) {
        mapper.lockByProcessInstance(processInstanceId);
    }

    static String roleLabel(String memberRole) {
        return switch (memberRole) {
            case "PRESIDING" -> "首席仲裁员";
            case "SOLE" -> "独任仲裁员";
            default -> "仲裁员";
        };
    }

    private static void put(Map<String, Object> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }
}
