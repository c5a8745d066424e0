package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.AwardMapper;
import cn.laborcase.arbitration.persistence.CaseChangeRow;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What every action after acceptance shares: who may act on the case (data scope first: 404; then the tribunal or
 * the committee director: 403), the dates it names, the change record with its timeline entry and audit line, and
 * the written decision it issues.
 */
@Component
class AwardCaseSupport {

    private final ArbitrationCaseStore store;
    private final ArbitrationDeadlines deadlines;
    private final ArbitrationDocuments documents;
    private final AwardMapper mapper;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final cn.laborcase.arbitration.persistence.ArbitrationMapper cases;

    AwardCaseSupport(
            ArbitrationCaseStore store,
            ArbitrationDeadlines deadlines,
            ArbitrationDocuments documents,
            AwardMapper mapper,
            CaseTimeline timeline,
            AuditJournal audit,
            cn.laborcase.arbitration.persistence.ArbitrationMapper cases) {
        this.store = store;
        this.deadlines = deadlines;
        this.documents = documents;
        this.mapper = mapper;
        this.timeline = timeline;
        this.audit = audit;
        this.cases = cases;
    }

    /** The case locked, if the user sits on its tribunal or directs its committee. */
    ArbitrationCaseRow actOn(CurrentUser user, long id, String action) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        if (!isTribunalMember(user, row) && !isDirector(user, row)) {
            throw new ForbiddenException("ARBITRATION_TRIBUNAL", "只有本案仲裁庭成员或仲裁委主任可以" + action);
        }
        return row;
    }

    /** The case locked, if the user sits on its tribunal (the award and the 调解书 are the tribunal's). */
    ArbitrationCaseRow tribunalOf(CurrentUser user, long id, String action) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        if (!isTribunalMember(user, row)) {
            throw new ForbiddenException("ARBITRATION_TRIBUNAL", "只有本案仲裁庭成员可以" + action);
        }
        return row;
    }

    /** The case locked, if the user is its committee's director (法 §43: the extension is his). */
    ArbitrationCaseRow directorOf(CurrentUser user, long id, String action) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        if (!isDirector(user, row)) {
            throw new ForbiddenException("ARBITRATION_DIRECTOR", "只有本仲裁委员会主任可以" + action);
        }
        return row;
    }

    boolean isTribunalMember(CurrentUser user, ArbitrationCaseRow row) {
        return cases.tribunal(row.id()).stream()
                .map(TribunalMemberRow::username)
                .anyMatch(user.username()::equals);
    }

    static boolean isDirector(CurrentUser user, ArbitrationCaseRow row) {
        return user.has(Role.COMMITTEE_DIRECTOR) && user.officeCode().equals(row.officeCode());
    }

    java.time.Instant now() {
        return timeline.now();
    }

    LocalDate today() {
        return BeijingTime.dateOf(timeline.now());
    }

    /** A day the action names: today when empty; not in the future, not before the case was accepted. */
    LocalDate day(String field, String label, String text, ArbitrationCaseRow row) {
        LocalDate on = text == null || text.isBlank() ? today() : ApplicationReview.date(field, label, text);
        if (on.isAfter(today())) {
            throw new InvalidInputException(field, "Future", label + "不能晚于今天");
        }
        if (row.decidedOn() != null && on.isBefore(row.decidedOn())) {
            throw new InvalidInputException(field, "BeforeAcceptance", label + "不能早于受理日期 " + row.decidedOn());
        }
        return on;
    }

    /** The checked value, or null with the check's problems added: forms name every wrong field at once. */
    static <T> T collect(
            java.util.List<cn.laborcase.shared.FieldProblem> problems, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    static String reason(String text) {
        return text("reason", "理由", 1000, text);
    }

    /** Text that will be printed, checked at the door (house style 27): required, no control characters. */
    static String text(String field, String label, int max, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "NotBlank", "请填写" + label);
        }
        String v = PrintableText.normalizeNewlines(value);
        PrintableText.problemOf(field, v, label, max, true).ifPresent(p -> {
            throw new InvalidInputException(java.util.List.of(p));
        });
        return v.strip();
    }

    /** The case's open award period; 409 once it was closed (awarded, mediated, withdrawn). */
    DeadlineView awardPeriod(ArbitrationCaseRow row) {
        return deadlines
                .open(row.id(), ArbitrationDeadlines.AWARD)
                .orElseThrow(() -> new ConflictException(
                        "ARBITRATION_AWARD_PERIOD", "仲裁案件 " + ArbitrationCaseStore.nameOf(row) + " 没有进行中的审理期限"));
    }

    DocumentView decide(String type, ArbitrationCaseRow row, String decision, String actor) {
        Map<String, String> data = documents.common(row);
        // before acceptance (a withdrawal) the case has no case number yet: the application is named by its receipt's
        data.putIfAbsent("caseNumber", row.receiptNumber());
        data.put("decision", decision);
        return documents.issue(type, row, data, actor);
    }

    void record(
            ArbitrationCaseRow row,
            ArbitrationStep step,
            String kind,
            LocalDate on,
            String detail,
            DocumentView document,
            String actor,
            String auditAction) {
        mapper.insertChange(new CaseChangeRow(
                row.id(), kind, on, cut(detail), document == null ? null : document.id(), actor, timeline.now()));
        timeline.record(ArbitrationCaseStore.ref(row.id()), step.name(), step.label(), actor, detail);
        audit.recordAs(
                actor,
                auditAction,
                ArbitrationCaseStore.ref(row.id()),
                step.label() + " " + ArbitrationCaseStore.nameOf(row),
                null,
                cut(detail));
    }

    ArbitrationDocuments documents() {
        return documents;
    }

    ArbitrationCaseStore store() {
        return store;
    }

    ArbitrationDeadlines deadlines() {
        return deadlines;
    }

    private static String cut(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
