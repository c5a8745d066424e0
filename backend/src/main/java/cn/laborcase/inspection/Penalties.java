package cn.laborcase.inspection;

import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.process.InspectionCaseProcess;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The administrative penalty (行政处罚法): the 事先告知, the party's answer, the hearing and the 行政处罚决定. Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class Penalties {

    private final InspectionCaseStore store;
    private final InspectionCaseMapper mapper;
    private final CaseTimeline timeline;
    private final WorkingCalendar calendar;
    private final OrganizationDirectory directory;
    private final UserLookup users;

    Penalties(
            InspectionCaseStore store,
            InspectionCaseMapper mapper,
            CaseTimeline timeline,
            WorkingCalendar calendar,
            OrganizationDirectory directory,
            UserLookup users) {
        this.store = store;
        this.mapper = mapper;
        this.timeline = timeline;
        this.calendar = calendar;
        this.directory = directory;
        this.users = users;
    }

    /**
     * 行政处罚事先告知书 (行政处罚法 §44, §63–§64): the party may state his case and, for the penalties of §63, ask for a
     * hearing within 5 working days.
     *
     * @return the end of the last day of that period (Beijing time), for the process's timer
     */
    Instant notifyPenalty(long caseId, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("行政处罚事先告知", InspectionStatus.PENALTY_NOTICE);
        LocalDate last = calendar.dueDate(
                        store.today(), InspectionCases.HEARING_REQUEST_WORKING_DAYS, PeriodUnit.WORKING_DAYS)
                .dueDate();
        store.step(
                c,
                InspectionStep.PENALTY_NOTIFIED,
                actor,
                "送达行政处罚事先告知书，当事人可于 " + last + " 前陈述、申辩或者要求听证（《行政处罚法》第六十四条，5个工作日）");
        return BeijingTime.endOf(last);
    }

    /** The party's answer to the 事先告知: a statement (陈述申辩), a hearing request, or a waiver. */
    void recordResponse(long caseId, String response, String note, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("登记陈述申辩", InspectionStatus.PENALTY_NOTICE);
        String what =
                switch (response == null ? "" : response) {
                    case InspectionCaseProcess.RESPONSE_HEARING -> "当事人要求听证";
                    case InspectionCaseProcess.RESPONSE_STATEMENT -> "当事人进行陈述、申辩";
                    case InspectionCaseProcess.RESPONSE_WAIVED -> "当事人书面放弃陈述、申辩和听证";
                    default -> throw new InvalidInputException(InspectionCaseProcess.RESPONSE, "NotBlank", "请选择当事人的答复");
                };
        if (InspectionCaseProcess.RESPONSE_HEARING.equals(response)) {
            c.hearing();
            store.save(c);
        }
        store.step(c, InspectionStep.PARTY_RESPONDED, actor, what + store.suffix(note));
    }

    /** The 5 working days passed without a hearing request. */
    void noticePeriodEnded(long caseId) {
        InspectionCase c = store.lock(caseId);
        store.step(c, InspectionStep.NOTICE_PERIOD_ENDED, CaseTimeline.SYSTEM, "陈述、申辩和要求听证的期限届满，当事人未要求听证");
    }

    /**
     * 听证通知: the hearing officer is someone who did not investigate (行政处罚法 §64 (四)), the party is told 7
     * working days ahead (§64 (二), read conservatively as working days).
     */
    void scheduleHearing(long caseId, String named, LocalDate on, String actor) {
        InspectionCase c = store.lock(caseId);
        String officer = named == null || named.isBlank() ? null : staffOfOfficeNamed(named, c.officeCode());
        c.requireStatus("通知听证", InspectionStatus.HEARING);
        List<FieldProblem> problems = new ArrayList<>();
        if (officer == null || users.findActive(officer).isEmpty()) {
            problems.add(new FieldProblem(InspectionCaseProcess.HEARING_OFFICER, "NotBlank", "请选择听证主持人（在职人员）"));
        } else if (mapper.inspectors(caseId).stream().anyMatch(i -> i.username().equals(officer))) {
            problems.add(new FieldProblem(
                    InspectionCaseProcess.HEARING_OFFICER,
                    "Investigator",
                    "听证由非本案调查人员主持（《行政处罚法》第六十四条），" + timeline.nameOf(officer) + "是本案调查人员"));
        }
        LocalDate earliest = calendar.dueDate(
                        store.today(), InspectionCases.HEARING_NOTICE_WORKING_DAYS, PeriodUnit.WORKING_DAYS)
                .dueDate();
        if (on == null || on.isBefore(earliest)) {
            problems.add(new FieldProblem(
                    InspectionCaseProcess.HEARING_ON, "TooEarly", "听证应在举行的七日前通知当事人，最早可安排在 " + earliest));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.step(c, InspectionStep.HEARING_SCHEDULED, actor, "通知当事人于 " + on + " 举行听证，主持人" + timeline.nameOf(officer));
    }

    /** The hearing was held; its record in short. */
    void holdHearing(long caseId, String record, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("举行听证", InspectionStatus.HEARING);
        store.step(c, InspectionStep.HEARING_HELD, actor, "举行听证" + store.suffix(record));
    }

    /**
     * 行政处罚决定书. Refused (409, with the reason) without the 事先告知 and its waiting period: the party's
     * statement, a waiver, the end of the 5 working days or a held hearing.
     */
    void decidePenalty(long caseId, BigDecimal amount, String actor) {
        InspectionCase c = store.lock(caseId);
        if (!timeline.has(c.ref(), InspectionStep.PENALTY_NOTIFIED.name())) {
            throw new ConflictException(
                    "NO_PRIOR_NOTICE", "监察案件" + c.number() + "未送达行政处罚事先告知书，不能作出行政处罚决定（《行政处罚法》第四十四条、第六十二条）");
        }
        boolean heard = timeline.has(c.ref(), InspectionStep.HEARING_HELD.name());
        boolean waited = timeline.has(c.ref(), InspectionStep.NOTICE_PERIOD_ENDED.name())
                || timeline.has(c.ref(), InspectionStep.PARTY_RESPONDED.name());
        if (c.status() == InspectionStatus.HEARING && !heard) {
            throw new ConflictException("HEARING_PENDING", "监察案件" + c.number() + "当事人要求听证，听证前不能作出行政处罚决定");
        }
        if (!heard && !waited) {
            throw new ConflictException(
                    "NOTICE_PERIOD_RUNNING", "监察案件" + c.number() + "陈述、申辩和要求听证的5个工作日期限尚未届满，不能作出行政处罚决定（《行政处罚法》第六十四条）");
        }
        if (amount == null || amount.signum() < 0) {
            throw new InvalidInputException(InspectionCaseProcess.PENALTY_AMOUNT, "Min", "请填写罚款金额（不罚款的填0）");
        }
        c.penaltyDecided();
        c.proposeClosing();
        store.save(c);
        store.step(
                c,
                InspectionStep.PENALTY_DECIDED,
                actor,
                "作出行政处罚决定" + (amount.signum() > 0 ? "，罚款" + amount.toPlainString() + "元" : ""));
        store.step(c, InspectionStep.CLOSING_PROPOSED, actor, "作出行政处罚决定，提请结案");
    }

    /** Staff of the office named by name (the one of that name) or by account name; else the text as typed. */
    private String staffOfOfficeNamed(String named, String officeCode) {
        String text = named.strip();
        List<Colleague> office = directory.colleagues(List.of(), officeCode);
        if (office.stream().anyMatch(p -> p.username().equals(text))) {
            return text;
        }
        List<Colleague> byName =
                office.stream().filter(p -> text.equals(p.displayName())).toList();
        return byName.size() == 1 ? byName.get(0).username() : text;
    }
}
