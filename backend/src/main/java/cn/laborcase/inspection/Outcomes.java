package cn.laborcase.inspection;

import cn.laborcase.cases.CaseEvents;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.process.InspectionCaseProcess;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The outcome chosen after the investigation and the orders that follow it: 限期整改 and its 复查, the
 * 行政处理决定 and its 复查, 加付赔偿金 (条例 §26). Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class Outcomes {

    private final InspectionCaseStore store;
    private final InspectionCaseMapper mapper;
    private final CaseTimeline timeline;
    private final CaseEvents events;

    Outcomes(InspectionCaseStore store, InspectionCaseMapper mapper, CaseTimeline timeline, CaseEvents events) {
        this.store = store;
        this.mapper = mapper;
        this.timeline = timeline;
        this.events = events;
    }

    /** The outcome chosen after the investigation. */
    void chooseOutcome(long caseId, InspectionOutcome outcome, String actor) {
        InspectionCase c = store.lock(caseId);
        if (outcome != InspectionOutcome.WITHDRAWN) {
            c.decideOutcome(outcome);
            store.save(c);
        } else {
            c.requireStatus("提请撤销立案", InspectionStatus.INVESTIGATING);
            store.step(c, InspectionStep.WITHDRAWAL_PROPOSED, actor, "提请撤销立案");
        }
    }

    /**
     * 责令限期改正 (限期整改指令书) with the day by which to correct; the re-check comes at the end of that day.
     *
     * @return the end of the rectification day (Beijing time), for the re-check timer
     */
    Instant orderRectification(long caseId, LocalDate rectifyBy, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("责令限期整改", InspectionStatus.RECTIFYING);
        if (rectifyBy == null || !rectifyBy.isAfter(store.today())) {
            throw new InvalidInputException(InspectionCaseProcess.RECTIFY_BY, "Future", "整改期限须晚于今天");
        }
        store.step(c, InspectionStep.RECTIFICATION_ORDERED, actor, "下达限期整改指令书，责令 " + rectifyBy + " 前改正");
        return BeijingTime.endOf(rectifyBy);
    }

    /** 复查 after the rectification period: corrected → closing; not corrected → the case escalates. */
    void recheckRectification(long caseId, boolean corrected, InspectionOutcome escalation, String note, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("复查", InspectionStatus.RECTIFYING);
        if (corrected) {
            store.step(c, InspectionStep.RECHECKED, actor, "复查：已按期改正" + store.suffix(note));
            c.proposeClosing();
            store.save(c);
            store.step(c, InspectionStep.CLOSING_PROPOSED, actor, "整改到位，提请结案");
            return;
        }
        if (escalation != InspectionOutcome.HANDLING_DECISION && escalation != InspectionOutcome.PENALTY) {
            throw new InvalidInputException(InspectionCaseProcess.ESCALATION, "NotBlank", "逾期未改正的，请选择作出行政处理决定或者行政处罚");
        }
        store.step(c, InspectionStep.RECHECKED, actor, "复查：逾期未改正，转" + escalation.label() + store.suffix(note));
        c.decideOutcome(escalation);
        store.save(c);
        events.publish(new InspectionOrderNotComplied(c.id(), c.number(), c.employerId(), "限期整改指令书", timeline.now()));
    }

    /**
     * 行政处理决定书: pay the wages owed by a day; the re-check comes at the end of that day.
     *
     * @return the end of the payment day (Beijing time)
     */
    Instant decideHandling(long caseId, LocalDate payBy, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("作出行政处理决定", InspectionStatus.DECIDING);
        if (payBy == null || !payBy.isAfter(store.today())) {
            throw new InvalidInputException(InspectionCaseProcess.PAY_BY, "Future", "支付期限须晚于今天");
        }
        store.step(
                c,
                InspectionStep.HANDLING_DECIDED,
                actor,
                "作出行政处理决定，责令 " + payBy + " 前支付拖欠的工资"
                        + (c.amountOwed() == null ? "" : c.amountOwed().toPlainString() + "元"));
        return BeijingTime.endOf(payBy);
    }

    /** 复查 after the payment day: paid → closing; unpaid → the decision adding 加付赔偿金 (条例 §26). */
    void recheckPayment(long caseId, boolean paid, String note, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("复查", InspectionStatus.DECIDING);
        if (paid) {
            mapper.markWorkersPaid(caseId);
            store.step(c, InspectionStep.RECHECKED, actor, "复查：已按期支付" + store.suffix(note));
            c.proposeClosing();
            store.save(c);
            store.step(c, InspectionStep.CLOSING_PROPOSED, actor, "已履行处理决定，提请结案");
        } else {
            store.step(c, InspectionStep.RECHECKED, actor, "复查：逾期未支付，依条例第二十六条责令加付赔偿金" + store.suffix(note));
            events.publish(
                    new InspectionOrderNotComplied(c.id(), c.number(), c.employerId(), "行政处理决定书", timeline.now()));
        }
    }

    /** 加付赔偿金 of 50 % to 100 % of the amount owed (条例 §26); then closing. */
    BigDecimal decideCompensation(long caseId, int percent, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("责令加付赔偿金", InspectionStatus.DECIDING);
        if (percent < 50 || percent > 100) {
            throw new InvalidInputException(
                    InspectionCaseProcess.COMPENSATION_PERCENT, "Range", "加付赔偿金的标准为应付金额的50%以上100%以下（条例第二十六条）");
        }
        BigDecimal owed = c.amountOwed() == null ? BigDecimal.ZERO : c.amountOwed();
        BigDecimal compensation =
                owed.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
        store.step(
                c,
                InspectionStep.COMPENSATION_DECIDED,
                actor,
                "责令按应付金额的" + percent + "%加付赔偿金 " + compensation.toPlainString() + "元");
        c.proposeClosing();
        store.save(c);
        store.step(c, InspectionStep.CLOSING_PROPOSED, actor, "作出加付赔偿金决定，提请结案");
        return compensation;
    }
}
