package cn.laborcase.hearing;

import cn.laborcase.arbitration.HearingCase;
import cn.laborcase.arbitration.HearingCases;
import cn.laborcase.calendar.PeriodCalculator;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.Attachments;
import cn.laborcase.hearing.persistence.HearingMapper;
import cn.laborcase.hearing.persistence.HearingRow;
import cn.laborcase.hearing.persistence.OutcomeRow;
import cn.laborcase.hearing.persistence.PostponementRow;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the booking: a party's postponement request (延期开庭申请) recorded by the clerk and decided by the tribunal, and
 * the hearing's outcome recorded after its start, with the signed 庭审笔录 filed later as an attachment of the case.
 *
 * <p>Who: requests, outcomes and the 笔录 — the committee's hearing clerks and the tribunal (as for booking); the
 * decision on a request — a member of the tribunal only (法 §35: whether to postpone is the tribunal's decision).
 */
@Service
public class HearingOutcomes {

    static final Set<String> OUTCOMES = Set.of("HELD", "POSTPONED", "APPLICANT_ABSENT", "RESPONDENT_ABSENT");

    private final HearingMapper mapper;
    private final HearingBookings bookings;
    private final HearingCases cases;
    private final WorkingCalendar calendar;
    private final Attachments attachments;
    private final HearingNotices notices;
    private final TransactionTemplate tx;
    private final Clock clock;

    HearingOutcomes(
            HearingMapper mapper,
            HearingBookings bookings,
            HearingCases cases,
            WorkingCalendar calendar,
            Attachments attachments,
            HearingNotices notices,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.mapper = mapper;
        this.bookings = bookings;
        this.cases = cases;
        this.calendar = calendar;
        this.attachments = attachments;
        this.notices = notices;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The last day a party may ask: the 3rd working day before the hearing day (法 §35 "开庭三日前", 办案规则 §38; periods
     * of the rules in working days, 附则), on the calendar module — the same day the 开庭通知书 prints.
     */
    public LocalDate lastDayToAsk(LocalDate hearingDay) {
        return HearingNotices.postponementBy(calendar.calculator(), hearingDay);
    }

    /** Records a party's 延期开庭申请; refused (400, field requestedOn) when made after the last day. */
    public PostponementView requestPostponement(CurrentUser user, long hearingId, PostponementRequest request) {
        PostponementRequest r = request == null ? new PostponementRequest(null, null, null) : request;
        HearingRow h = hearing(hearingId);
        HearingCase c = bookings.actable(user, h.caseId());
        List<FieldProblem> problems = new ArrayList<>();
        String party = HearingFields.text("party", "申请人（当事人）", r.party(), 100, true, problems);
        String reasons = HearingFields.text("reasons", "申请理由", r.reasons(), 500, true, problems);
        LocalDate today = BeijingTime.today(clock);
        LocalDate on = HearingFields.blank(r.requestedOn())
                ? today
                : HearingFields.date("requestedOn", "申请日期", r.requestedOn(), problems);
        if (on != null && on.isAfter(today)) {
            problems.add(new FieldProblem("requestedOn", "Future", "申请日期不能晚于今天"));
            on = null;
        }
        if (party != null && c.parties().stream().noneMatch(p -> p.name().equals(party))) {
            problems.add(new FieldProblem("party", "NotParty", "「" + party + "」不是本案当事人或其代理人"));
        }
        LocalDate hearingDay = BeijingTime.dateOf(h.startsAt());
        LocalDate lastDay = lastDayToAsk(hearingDay);
        if (on != null && on.isAfter(lastDay)) {
            problems.add(new FieldProblem(
                    "requestedOn",
                    "TooLate",
                    "延期开庭申请应于开庭三个工作日前提出（调解仲裁法第三十五条、办案规则第三十八条）：" + hearingDay + " 开庭，最迟应于 "
                            + PeriodCalculator.describe(lastDay) + " 提出；本申请于 " + PeriodCalculator.describe(on)
                            + " 提出，已逾期，不予受理"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireScheduled(h);
        LocalDate requestedOn = on;
        long id = tx.execute(status -> {
            // the same request submitted twice (a double click, two clerks at once) is recorded once: the hearing's
            // row lock orders the two
            mapper.lockHearing(hearingId);
            if (mapper.postponements(hearingId).stream()
                    .anyMatch(p -> p.status().equals("REQUESTED")
                            && p.party().equals(party)
                            && p.requestedOn().equals(requestedOn)
                            && p.reasons().equals(reasons))) {
                throw new ConflictException("POSTPONEMENT_PENDING", "「" + party + "」的这份延期开庭申请已登记，尚待仲裁庭决定，无需重复提交");
            }
            GeneratedKey key = new GeneratedKey();
            mapper.insertPostponement(
                    new PostponementRow(
                            null,
                            hearingId,
                            party,
                            requestedOn,
                            reasons,
                            lastDay,
                            "REQUESTED",
                            user.username(),
                            clock.instant(),
                            null,
                            null,
                            null,
                            null,
                            0),
                    key);
            cases.postponementRecorded(
                    c.id(),
                    party + "于" + requestedOn + "申请延期开庭（原定 " + HearingNotices.when(h.startsAt(), h.endsAt()) + "）："
                            + reasons,
                    user.username());
            return key.getId();
        });
        return view(mapper.postponement(id).orElseThrow());
    }

    /** The tribunal grants (the hearing is POSTPONED, its slots freed; the clerk books anew) or refuses a request. */
    public PostponementView decidePostponement(CurrentUser user, long postponementId, PostponementDecision request) {
        PostponementDecision r = request == null ? new PostponementDecision(null, null, null) : request;
        PostponementRow p =
                mapper.postponement(postponementId).orElseThrow(() -> new NotFoundException("延期开庭申请", postponementId));
        HearingRow h = hearing(p.hearingId());
        HearingCase c = cases.forHearing(user, h.caseId());
        if (!c.sits(user.username())) {
            throw new ForbiddenException("HEARING_POSTPONEMENT", "是否延期开庭由本案仲裁庭决定");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (r.version() == null) {
            problems.add(new FieldProblem("version", "NotNull", "缺少版本号，请刷新后重试"));
        }
        String decision = r.decision() == null ? null : r.decision().strip();
        if (!"GRANT".equals(decision) && !"REFUSE".equals(decision)) {
            problems.add(new FieldProblem("decision", "Choice", "请选择准予延期或不准予延期"));
        }
        // a refusal states its reasons: they are printed in the 不予延期开庭通知书 served on the parties
        String note = HearingFields.text("note", "决定理由", r.note(), 500, "REFUSE".equals(decision), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!"REQUESTED".equals(p.status())) {
            throw new ConflictException("POSTPONEMENT_DECIDED", "该延期开庭申请已作出决定：" + label(p.status()));
        }
        boolean grant = "GRANT".equals(decision);
        if (grant) {
            requireScheduled(h);
        }
        String room = mapper.room(h.roomId()).map(RoomRow::name).orElse("");
        Set<String> staff = new LinkedHashSet<>();
        mapper.participants(h.id()).forEach(pr -> staff.add(pr.username()));
        staff.add(user.username());
        tx.executeWithoutResult(status -> {
            if (mapper.decidePostponement(
                            postponementId,
                            r.version(),
                            grant ? "GRANTED" : "REFUSED",
                            user.username(),
                            clock.instant(),
                            note)
                    == 0) {
                throw ConflictException.concurrentEdit("延期开庭申请");
            }
            String detail = p.party() + "的延期开庭申请" + (grant ? "经仲裁庭决定准予延期" : "经仲裁庭决定不予准许，按原定时间开庭")
                    + (note == null ? "" : "：" + note);
            if (grant) {
                if (mapper.conclude(h.id(), h.version(), "POSTPONED", null, detail, user.username(), clock.instant())
                        == 0) {
                    throw ConflictException.concurrentEdit("开庭安排");
                }
                mapper.freeSlots(h.id());
                // another party's request still waiting on the same hearing has nothing left to decide
                mapper.lapsePostponements(h.id(), "已因其他当事人的申请决定延期开庭", user.username(), clock.instant());
                cases.hearingConcluded(c.id(), h.caseHearingId(), "POSTPONED", detail + "；请另行安排开庭", user.username());
            } else {
                cases.postponementRefused(c.id(), detail, user.username());
            }
            long document = notices.issueDecision(
                    c,
                    grant,
                    h.startsAt(),
                    h.endsAt(),
                    room,
                    p.party(),
                    p.requestedOn(),
                    p.reasons(),
                    note,
                    staff,
                    user.username());
            mapper.setPostponementDocument(postponementId, document);
        });
        return view(mapper.postponement(postponementId).orElseThrow());
    }

    public List<PostponementView> postponements(CurrentUser user, long hearingId) {
        HearingRow h = hearing(hearingId);
        cases.forHearing(user, h.caseId());
        return mapper.postponements(hearingId).stream()
                .map(HearingOutcomes::view)
                .toList();
    }

    /**
     * Records the outcome once the hearing has started: 409 before its start or when recorded already. APPLICANT_ABSENT
     * ends the case as withdrawn (法 §36) in the same transaction; RESPONDENT_ABSENT leaves it to the (default) award.
     */
    public OutcomeView recordOutcome(CurrentUser user, long hearingId, OutcomeRequest request) {
        OutcomeRequest r = request == null ? new OutcomeRequest(null, null, null) : request;
        HearingRow h = hearing(hearingId);
        HearingCase c = bookings.actable(user, h.caseId());
        List<FieldProblem> problems = new ArrayList<>();
        if (r.version() == null) {
            problems.add(new FieldProblem("version", "NotNull", "缺少版本号，请刷新后重试"));
        }
        String outcome = r.outcome() == null ? null : r.outcome().strip();
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            problems.add(new FieldProblem("outcome", "Choice", "请选择开庭结果：已开庭、延期开庭、申请人未到庭或被申请人未到庭"));
        }
        String note = HearingFields.text("note", "说明", r.note(), 500, "POSTPONED".equals(outcome), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireScheduled(h);
        if (clock.instant().isBefore(h.startsAt())) {
            throw new ConflictException(
                    "HEARING_NOT_STARTED", "开庭时间 " + HearingNotices.when(h.startsAt(), h.endsAt()) + " 尚未到，不能登记开庭结果");
        }
        String when = HearingNotices.when(h.startsAt(), h.endsAt());
        tx.executeWithoutResult(status -> {
            if (mapper.conclude(
                            h.id(),
                            r.version(),
                            "POSTPONED".equals(outcome) ? "POSTPONED" : "CONCLUDED",
                            outcome,
                            note,
                            user.username(),
                            clock.instant())
                    == 0) {
                throw ConflictException.concurrentEdit("开庭安排");
            }
            if ("POSTPONED".equals(outcome)) {
                mapper.freeSlots(h.id());
            }
            mapper.lapsePostponements(
                    h.id(), "仲裁庭未作决定前已登记开庭结果（" + label(outcome) + "）", user.username(), clock.instant());
            String detail = when + "，" + h.caseNumber() + "：" + label(outcome) + (note == null ? "" : "。" + note);
            cases.hearingConcluded(c.id(), h.caseHearingId(), outcome, detail, user.username());
            if ("APPLICANT_ABSENT".equals(outcome)) {
                cases.applicantAbsent(
                        c.id(),
                        BeijingTime.today(clock),
                        note == null ? "经书面通知，未于" + when + "到庭" : note,
                        user.username());
            }
        });
        return outcome(user, hearingId);
    }

    /**
     * Files the signed 庭审笔录 (PDF or scan) for a hearing whose outcome says it took place (HELD, RESPONDENT_ABSENT):
     * allowed after the outcome, not required with it (signing takes a while); a later upload replaces the reference.
     */
    public OutcomeView fileRecord(
            CurrentUser user, long hearingId, String fileName, String contentType, byte[] content) {
        HearingRow h = hearing(hearingId);
        HearingCase c = bookings.actable(user, h.caseId());
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "NotBlank", "请选择签名后的庭审笔录文件");
        }
        OutcomeRow o = mapper.outcome(hearingId).orElseThrow();
        if (!"HELD".equals(o.outcome()) && !"RESPONDENT_ABSENT".equals(o.outcome())) {
            throw new ConflictException("HEARING_NO_RECORD", "庭审笔录须在登记开庭结果（已开庭或被申请人未到庭）后上传");
        }
        tx.executeWithoutResult(status -> {
            var stored = attachments.store(
                    new Attachments.AttachmentOwner(CaseType.ARBITRATION_CASE.name(), c.id()),
                    fileName,
                    contentType,
                    content,
                    "庭审笔录（" + HearingNotices.when(h.startsAt(), h.endsAt()) + "）",
                    user.username());
            mapper.setRecordAttachment(hearingId, stored.id());
            cases.hearingRecordFiled(
                    c.id(),
                    "上传庭审笔录「" + stored.fileName() + "」（" + HearingNotices.when(h.startsAt(), h.endsAt()) + "）",
                    user.username());
        });
        return outcome(user, hearingId);
    }

    public OutcomeView outcome(CurrentUser user, long hearingId) {
        HearingRow h = hearing(hearingId);
        cases.forHearing(user, h.caseId());
        OutcomeRow o = mapper.outcome(hearingId).orElseThrow();
        return new OutcomeView(
                hearingId,
                h.status(),
                o.outcome(),
                o.outcome() == null ? null : label(o.outcome()),
                o.note(),
                o.recordedBy(),
                o.recordedAt(),
                o.recordAttachmentId(),
                h.version());
    }

    private HearingRow hearing(long id) {
        return mapper.hearing(id).orElseThrow(() -> new NotFoundException("开庭", id));
    }

    private static void requireScheduled(HearingRow h) {
        if (!"SCHEDULED".equals(h.status())) {
            throw new ConflictException(
                    "HEARING_STATE", "案件 " + h.caseNumber() + " 的该次开庭" + statusLabel(h.status()) + "，不能再登记");
        }
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "SCHEDULED" -> "已安排";
            case "CANCELLED" -> "已取消";
            case "POSTPONED" -> "已延期";
            case "CONCLUDED" -> "已登记开庭结果";
            default -> status;
        };
    }

    static String label(String code) {
        return switch (code) {
            case "HELD" -> "已开庭审理";
            case "POSTPONED" -> "延期开庭";
            case "APPLICANT_ABSENT" -> "申请人无正当理由未到庭，按撤回仲裁申请处理";
            case "RESPONDENT_ABSENT" -> "被申请人无正当理由未到庭，缺席审理";
            case "REQUESTED" -> "待仲裁庭决定";
            case "GRANTED" -> "准予延期";
            case "REFUSED" -> "不准予延期";
            case "LAPSED" -> "已失效";
            default -> code;
        };
    }

    private static PostponementView view(PostponementRow p) {
        return new PostponementView(
                p.id(),
                p.hearingId(),
                p.party(),
                p.requestedOn(),
                p.reasons(),
                p.lastDay(),
                p.status(),
                label(p.status()),
                p.decidedBy(),
                p.decisionNote(),
                p.decisionDocumentId(),
                p.version());
    }
}
