package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.CaseNumbers;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of an application until it is accepted or refused: 补正 (every missing item at once, 办案规则 §29; the
 * acceptance period restarts from completion, §46(二)) by the 立案窗口, and the decision (调解仲裁法 §29) by the
 * committee director in the task {@code Task_AcceptanceReview}: the 受理通知书 with the case number and the award
 * deadline, or the 不予受理通知书 with the reasons and the right to sue.
 */
@Service
public class ApplicationReview {

    /** The case-number series (laborcase.case-numbers.patterns.ARBITRATION_CASE). */
    public static final String CASE_SERIES = "ARBITRATION_CASE";

    static final PrintableText ITEM = PrintableText.singleLine("补正事项", 200);
    static final PrintableText REASONS = PrintableText.multiline("不予受理的理由", 2000);

    private final ArbitrationCaseStore store;
    private final ArbitrationMapper mapper;
    private final ArbitrationDeadlines deadlines;
    private final ArbitrationDocuments documents;
    private final ArbitrationTasks tasks;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    ApplicationReview(
            ArbitrationCaseStore store,
            ArbitrationMapper mapper,
            ArbitrationDeadlines deadlines,
            ArbitrationDocuments documents,
            ArbitrationTasks tasks,
            CaseNumbers numbers,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.store = store;
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.documents = documents;
        this.tasks = tasks;
        this.numbers = numbers;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** 补正通知书 listing every missing item; the case waits for the material (the review task stays open). */
    @Transactional
    public void requestSupplement(CurrentUser user, long id, SupplementRequest request) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        requireDesk(user, row);
        ArbitrationCaseStore.require(row, "通知补正", ArbitrationStatus.RECEIVED);
        List<FieldProblem> problems = new ArrayList<>();
        List<String> items = new ArrayList<>();
        if (request == null || request.items() == null || request.items().isEmpty()) {
            problems.add(new FieldProblem("items", "NotEmpty", "请列明需补正的全部材料和事项"));
        } else if (request.items().size() > 30) {
            problems.add(new FieldProblem("items", "Size", "补正事项不超过 30 项"));
        } else {
            for (int i = 0; i < request.items().size(); i++) {
                String item = request.items().get(i);
                if (item == null || item.isBlank()) {
                    problems.add(new FieldProblem("items[" + i + "]", "NotBlank", "补正事项不能为空"));
                } else {
                    ITEM.problemOf("items[" + i + "]", item)
                            .ifPresentOrElse(problems::add, () -> items.add(item.strip()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = today();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            lines.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(items.get(i));
        }
        mapper.requestSupplement(id, lines.toString(), today);
        Map<String, String> data = documents.common(row);
        data.put("items", lines.toString());
        data.put("clerk", documents.nameOf(user.username()));
        documents.issue(ArbitrationDocumentTypes.SUPPLEMENT_NOTICE, row, data, user.username());
        timeline.record(
                ArbitrationCaseStore.ref(id),
                ArbitrationStep.SUPPLEMENT_REQUESTED.name(),
                ArbitrationStep.SUPPLEMENT_REQUESTED.label(),
                user.username(),
                "一次性告知补正 " + items.size() + " 项");
        audit.recordAs(
                user.username(),
                "ARBITRATION_SUPPLEMENT_REQUESTED",
                ArbitrationCaseStore.ref(id),
                "通知补正 " + row.receiptNumber(),
                ArbitrationStatus.RECEIVED.label(),
                ArbitrationStatus.AWAITING_SUPPLEMENT.label());
    }

    /** The material is complete: the acceptance period restarts from that day, visible as the deadline's restart. */
    @Transactional
    public DeadlineView completeSupplement(CurrentUser user, long id, SupplementCompletion request) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        requireDesk(user, row);
        ArbitrationCaseStore.require(row, "登记补正", ArbitrationStatus.AWAITING_SUPPLEMENT);
        LocalDate on = date("completedOn", "补正日期", request == null ? null : request.completedOn());
        if (on.isAfter(today())) {
            throw new InvalidInputException("completedOn", "Future", "补正日期不能晚于今天");
        }
        if (on.isBefore(row.supplementRequestedOn())) {
            throw new InvalidInputException(
                    "completedOn", "BeforeRequest", "补正日期不能早于通知补正之日 " + row.supplementRequestedOn());
        }
        mapper.completeSupplement(id, on);
        DeadlineView restarted = deadlines.restartAcceptance(id, on);
        timeline.record(
                ArbitrationCaseStore.ref(id),
                ArbitrationStep.SUPPLEMENT_COMPLETED.name(),
                ArbitrationStep.SUPPLEMENT_COMPLETED.label(),
                user.username(),
                on + " 材料补正齐全，受理审查期限自该日重新计算，至 " + restarted.dueDate());
        audit.recordAs(
                user.username(),
                "ARBITRATION_SUPPLEMENT_COMPLETED",
                ArbitrationCaseStore.ref(id),
                "登记补正 " + row.receiptNumber(),
                ArbitrationStatus.AWAITING_SUPPLEMENT.label(),
                ArbitrationStatus.RECEIVED.label());
        return restarted;
    }

    /** The director's decision through the review task (the same path as the task page). */
    @Transactional
    public void decide(CurrentUser user, long id, AcceptanceDecision request) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        ArbitrationCaseStore.require(row, "作出受理决定", ArbitrationStatus.RECEIVED);
        List<FieldProblem> problems = problemsOf(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> values = new HashMap<>();
        values.put(ArbitrationProcess.DECISION, request.decision().strip());
        if (request.reasons() != null) {
            values.put(ArbitrationProcess.REASONS, request.reasons());
        }
        tasks.complete(user, row, ArbitrationProcess.TASK_ACCEPTANCE_REVIEW, "受理审查", values);
    }

    /** The form's rule (forms/arbitration-acceptance.form): a decision, and reasons for a refusal. */
    public static List<FieldProblem> problemsOf(AcceptanceDecision request) {
        List<FieldProblem> problems = new ArrayList<>();
        String decision = request == null || request.decision() == null
                ? ""
                : request.decision().strip();
        if (!decision.equals("ACCEPT") && !decision.equals("REFUSE")) {
            problems.add(new FieldProblem("decision", "Unknown", "请选择受理或不予受理"));
        }
        String reasons = request == null ? null : request.reasons();
        if (decision.equals("REFUSE") && (reasons == null || reasons.isBlank())) {
            problems.add(new FieldProblem("reasons", "NotBlank", "不予受理的，须书面说明理由（调解仲裁法第二十九条）"));
        }
        REASONS.problemOf("reasons", reasons).ifPresent(problems::add);
        return problems;
    }

    /**
     * Records the decision in the review task's transaction (its complete listener): accepted with the case number and
     * the periods that start with acceptance, or refused. Returns the process variables of the periods' deadlines.
     */
    @Transactional
    public Map<String, Object> decided(long caseId, String decision, String reasons, String actor) {
        ArbitrationCaseRow row = store.lock(caseId);
        List<FieldProblem> problems = problemsOf(new AcceptanceDecision(decision, reasons));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ArbitrationCaseStore.require(row, "作出受理决定", ArbitrationStatus.RECEIVED);
        LocalDate today = today();
        deadlines.close(caseId, ArbitrationDeadlines.ACCEPTANCE, today);
        Map<String, Object> variables = new HashMap<>();
        if (decision.strip().equals("REFUSE")) {
            mapper.refuse(caseId, actor, today, reasons.strip());
            ArbitrationCaseRow refused = store.get(caseId);
            Map<String, String> data = documents.common(refused);
            data.put("reasons", PrintableText.normalizeNewlines(reasons.strip()));
            documents.issue(ArbitrationDocumentTypes.NON_ACCEPTANCE_NOTICE, refused, data, actor);
            timeline.record(
                    ArbitrationCaseStore.ref(caseId),
                    ArbitrationStep.REFUSED.name(),
                    ArbitrationStep.REFUSED.label(),
                    actor,
                    "不予受理：" + reasons.strip());
            audit.recordAs(
                    actor,
                    "ARBITRATION_REFUSED",
                    ArbitrationCaseStore.ref(caseId),
                    "不予受理 " + row.receiptNumber(),
                    ArbitrationStatus.RECEIVED.label(),
                    ArbitrationStatus.REFUSED.label());
            return variables;
        }
        Office office = store.office(row.officeCode());
        int seq = numbers.next(CASE_SERIES, office.code(), today.getYear());
        String number = numbers.format(CASE_SERIES, office.shortName(), today.getYear(), seq, Map.of());
        mapper.accept(caseId, number, actor, today);
        String pid = row.processInstanceId();
        // its reminder and breach timers and the tribunal's 审理与裁决 task follow every pause, extension and restart
        DeadlineView award = deadlines.open(
                ArbitrationDeadlines.AWARD, caseId, today, pid, ArbitrationProcess.AWARD_DEADLINE_ELEMENTS);
        DeadlineView service = deadlines.open(
                ArbitrationDeadlines.SERVICE, caseId, today, pid, Set.of(ArbitrationProcess.TASK_RECORD_SERVICE));
        DeadlineView tribunal = deadlines.open(
                ArbitrationDeadlines.TRIBUNAL_NOTICE,
                caseId,
                today,
                pid,
                Set.of(ArbitrationProcess.TASK_COMPOSE_TRIBUNAL));
        variables.put(ArbitrationProcess.AWARD_DEADLINE_ID, award.id().value());
        variables.put(ArbitrationProcess.SERVICE_DEADLINE_ID, service.id().value());
        variables.put(ArbitrationProcess.TRIBUNAL_DEADLINE_ID, tribunal.id().value());
        ArbitrationCaseRow accepted = store.get(caseId);
        Map<String, String> data = documents.common(accepted);
        data.put("acceptedOn", today.toString());
        data.put("awardDueDate", award.dueDate().toString());
        documents.issue(ArbitrationDocumentTypes.ACCEPTANCE_NOTICE, accepted, data, actor);
        timeline.record(
                ArbitrationCaseStore.ref(caseId),
                ArbitrationStep.ACCEPTED.name(),
                ArbitrationStep.ACCEPTED.label(),
                actor,
                "受理，案号 " + number + "，审结期限 " + award.dueDate());
        audit.recordAs(
                actor,
                "ARBITRATION_ACCEPTED",
                ArbitrationCaseStore.ref(caseId),
                "受理仲裁申请 " + number,
                ArbitrationStatus.RECEIVED.label(),
                ArbitrationStatus.ACCEPTED.label());
        return variables;
    }

    private static void requireDesk(CurrentUser user, ArbitrationCaseRow row) {
        boolean desk = user.officeCode().equals(row.officeCode())
                && (user.has(Role.INTAKE_CLERK) || user.has(Role.COMMITTEE_DIRECTOR));
        if (!desk) {
            throw new ForbiddenException("ARBITRATION_DESK", "只有本仲裁委员会的立案窗口可以办理补正");
        }
    }

    private LocalDate today() {
        return BeijingTime.dateOf(timeline.now());
    }

    static LocalDate date(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "NotNull", "请填写" + label);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Format", label + "格式不正确，应为如 2026-12-09");
        }
    }
}
