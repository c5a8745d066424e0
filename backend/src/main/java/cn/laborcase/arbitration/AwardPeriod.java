package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.Extension;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award period's pauses and its one extension (45 calendar days from acceptance, 调解仲裁法 §43): a suspension
 * (中止) or service by public notice (公告送达) stops the clock until resumption, which moves the due date by exactly
 * the days stopped (办案规则 §46); the committee director may extend it once, by up to 15 days, if asked on or before
 * the due date, with a 延期通知书 to the parties (法 §43; 办案规则 §45). The counting is the calendar module's.
 */
@Service
public class AwardPeriod {

    static final int MAX_EXTENSION_DAYS = 15;

    private final AwardCaseSupport support;
    private final Deadlines deadlines;

    AwardPeriod(AwardCaseSupport support, Deadlines deadlines) {
        this.support = support;
        this.deadlines = deadlines;
    }

    /** 中止 or 公告送达 from {@code on}: the period does not run; a 中止仲裁决定书 for a suspension. */
    @Transactional
    public DeadlineView suspend(CurrentUser user, long id, AwardPeriodRequest request) {
        AwardPeriodRequest r = orEmpty(request);
        ArbitrationCaseRow row = support.actOn(user, id, "中止仲裁");
        ArbitrationCaseStore.require(row, "中止仲裁", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        boolean publicNotice = "PUBLIC_NOTICE".equals(r.kind());
        if (r.kind() != null && !r.kind().isBlank() && !publicNotice && !"SUSPENSION".equals(r.kind())) {
            throw new InvalidInputException("kind", "Choice", "中止方式应为中止仲裁或公告送达");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String reason = AwardCaseSupport.collect(problems, () -> AwardCaseSupport.reason(r.reason()));
        LocalDate from = AwardCaseSupport.collect(problems, () -> support.day("on", "中止日期", r.on(), row));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DeadlineView period = support.awardPeriod(row);
        String ground = publicNotice ? "公告送达：" + reason : "中止仲裁：" + reason;
        DeadlineView paused = deadlines.pause(period.id(), period.version(), from, ground);
        DocumentView decision = publicNotice
                ? null
                : support.decide(
                        AwardDocumentTypes.SUSPENSION_DECISION,
                        row,
                        "因" + reason + "，依据《劳动人事争议仲裁办案规则》第四十六条的规定，本案自" + chinese(from)
                                + "起中止仲裁。中止期间不计入仲裁期限，中止情形消除后恢复仲裁。",
                        user.username());
        support.record(
                row,
                ArbitrationStep.SUSPENDED,
                publicNotice ? "PUBLIC_NOTICE" : "SUSPENDED",
                from,
                (publicNotice ? "公告送达" : "中止仲裁") + "，自" + from + "起审理期限停止计算：" + reason,
                decision,
                user.username(),
                "ARBITRATION_PERIOD_CHANGED");
        return paused;
    }

    /** 恢复: the period runs again from {@code on}; the due date moves by the days it stood still. */
    @Transactional
    public DeadlineView resume(CurrentUser user, long id, AwardPeriodRequest request) {
        AwardPeriodRequest r = orEmpty(request);
        ArbitrationCaseRow row = support.actOn(user, id, "恢复仲裁");
        ArbitrationCaseStore.require(row, "恢复仲裁", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        LocalDate on = support.day("on", "恢复日期", r.on(), row);
        DeadlineView period = support.awardPeriod(row);
        DeadlineView resumed = deadlines.resume(period.id(), period.version(), on);
        DocumentView notice = support.decide(
                AwardDocumentTypes.RESUMPTION_NOTICE,
                row,
                "本案中止情形已消除，自" + chinese(on) + "起恢复仲裁，中止期间不计入仲裁期限，审理期限至" + chinese(resumed.dueDate()) + "届满。",
                user.username());
        support.record(
                row,
                ArbitrationStep.RESUMED,
                "RESUMED",
                on,
                "自" + on + "恢复计算，审理期限至 " + resumed.dueDate(),
                notice,
                user.username(),
                "ARBITRATION_PERIOD_CHANGED");
        return resumed;
    }

    /**
     * 延期: the director approves, today, an extension asked on {@code on} (on or before the due date, else 400), of
     * {@code days} (1–15); a second one is 409 (the calendar's rule, max-extensions 1).
     */
    @Transactional
    public DeadlineView extend(CurrentUser user, long id, AwardPeriodRequest request) {
        AwardPeriodRequest r = orEmpty(request);
        ArbitrationCaseRow row = support.directorOf(user, id, "批准延长仲裁期限");
        ArbitrationCaseStore.require(row, "延长仲裁期限", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        List<FieldProblem> problems = new ArrayList<>();
        if (r.days() == null || r.days() < 1 || r.days() > MAX_EXTENSION_DAYS) {
            problems.add(new FieldProblem("days", "Range", "延长天数应为1至15日（调解仲裁法第四十三条）"));
        }
        String reason = AwardCaseSupport.collect(problems, () -> AwardCaseSupport.reason(r.reason()));
        LocalDate asked = AwardCaseSupport.collect(problems, () -> support.day("on", "延期申请日期", r.on(), row));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DeadlineView period = support.awardPeriod(row);
        // 法 §43 / 办案规则 §45: the extension is asked within the period; once it has run out, nothing is left to extend
        if (period.dueDate() != null && asked.isAfter(period.dueDate())) {
            throw new InvalidInputException("on", "AfterDue", "审理期限已于" + period.dueDate() + "届满，届满后提出的延期申请不予批准");
        }
        DeadlineView extended = deadlines.extend(
                period.id(), period.version(), new Extension(r.days(), user.displayName(), support.today(), reason));
        DocumentView notice = support.decide(
                AwardDocumentTypes.EXTENSION_NOTICE,
                row,
                "本案因" + reason + "，经本会主任批准，依据《中华人民共和国劳动争议调解仲裁法》第四十三条的规定，审理期限延长" + r.days() + "日，至"
                        + chinese(extended.dueDate()) + "届满。",
                user.username());
        support.record(
                row,
                ArbitrationStep.EXTENDED,
                "EXTENDED",
                support.today(),
                "仲裁委主任" + user.displayName() + "批准延长" + r.days() + "日，审理期限至 " + extended.dueDate() + "：" + reason,
                notice,
                user.username(),
                "ARBITRATION_PERIOD_CHANGED");
        return extended;
    }

    static AwardPeriodRequest orEmpty(AwardPeriodRequest r) {
        return r == null ? new AwardPeriodRequest(null, null, null, null, null, null) : r;
    }

    static String chinese(LocalDate day) {
        return day == null ? "（中止中）" : day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
