package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.IncidentFollowUpMapper;
import cn.laborcase.emergency.persistence.PaymentRow;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects or cancels a recorded payment (工资支付记录的更正、撤销), with a reason, by a leader or by whoever recorded it.
 * Nothing is overwritten: the original is marked 已更正 or 已撤销 and stays on the page and the timeline; a correction
 * records a new payment that names it. The incident's row is locked first and the payment moved on from its version
 * with a conditional update, so of two changes at the same moment one wins and the other gets 409.
 */
@Service
public class PaymentCorrections {

    static final PrintableText REASON = PrintableText.multiline("更正理由", 500);

    private final WageIncidents incidents;
    private final IncidentMoney money;
    private final IncidentFollowUpMapper mapper;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    PaymentCorrections(
            WageIncidents incidents,
            IncidentMoney money,
            IncidentFollowUpMapper mapper,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.incidents = incidents;
        this.money = money;
        this.mapper = mapper;
        this.timeline = timeline;
        this.audit = audit;
    }

    /** The corrected payment's id, or the cancelled one's. */
    @Transactional
    public long correct(CurrentUser user, long incidentId, long paymentId, PaymentCorrectionRequest request) {
        incidents.visible(user, incidentId);
        PaymentRow original =
                mapper.findPayment(incidentId, paymentId).orElseThrow(() -> new NotFoundException("工资支付记录", paymentId));
        if (!user.isLeader() && !user.username().equals(original.recordedBy())) {
            throw new ForbiddenException("PAYMENT_CORRECTION", "工资支付记录只能由登记人或领导更正、撤销");
        }
        PaymentCorrectionRequest r =
                request == null ? new PaymentCorrectionRequest(null, null, null, null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        String action = r.action() == null ? null : r.action().strip().toUpperCase(Locale.ROOT);
        boolean cancel = "CANCEL".equals(action);
        if (!cancel && !"CORRECT".equals(action)) {
            problems.add(new FieldProblem("action", "NotAllowed", "请选择更正或撤销"));
        }
        Integer version = version(r.version(), problems);
        String reason = IncidentMoney.text(REASON, "reason", r.reason(), "请填写更正或撤销的理由", problems);
        String name = null;
        BigDecimal amount = null;
        Instant paidAt = null;
        PaymentSource source = null;
        if ("CORRECT".equals(action)) {
            name = IncidentMoney.text(IncidentMoney.WORKER_NAME, "workerName", r.workerName(), "请填写工人姓名", problems);
            amount = IncidentMoney.amount("amount", "支付金额", r.amount(), problems);
            paidAt = money.pastInstant("paidAt", "支付时间", r.paidAt(), problems);
            source = IncidentMoney.source(r.source(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = money.activated(incidentId);
        PaymentRow current = mapper.findPayment(incidentId, paymentId).orElseThrow();
        if (!PaymentStatus.ACTIVE.name().equals(current.status()) || current.version() != version) {
            throw changed(current);
        }
        if (!cancel && source == PaymentSource.FUND) {
            Money m = money.money(row);
            BigDecimal others = PaymentSource.FUND.name().equals(current.source())
                    ? m.paidFromFund().subtract(current.amount())
                    : m.paidFromFund();
            if (others.add(amount).compareTo(m.fundAdvanced()) > 0) {
                throw new InvalidInputException(List.of(new FieldProblem(
                        "amount",
                        "FundExceeded",
                        "应急周转金支付合计不得超过已批准垫付的 " + IncidentMoney.yuan(m.fundAdvanced()) + " 元（其他支付 "
                                + IncidentMoney.yuan(others) + " 元）")));
            }
        }
        Instant now = timeline.now();
        PaymentStatus to = cancel ? PaymentStatus.CANCELLED : PaymentStatus.CORRECTED;
        if (mapper.changePayment(paymentId, version, to.name(), user.username(), now, reason) == 0) {
            throw changed(mapper.findPayment(incidentId, paymentId).orElseThrow());
        }
        String before = describe(
                current.workerName(), current.amount(), PaymentSource.valueOf(current.source()), current.paidAt());
        long result = paymentId;
        String detail;
        FollowUpStep step;
        if (cancel) {
            step = FollowUpStep.PAYMENT_CANCELLED;
            detail = "撤销 " + before + "；理由：" + reason;
        } else {
            GeneratedKey key = new GeneratedKey();
            mapper.insertCorrection(
                    new PaymentRow(
                            null,
                            incidentId,
                            name,
                            amount,
                            paidAt,
                            source.name(),
                            user.username(),
                            now,
                            PaymentStatus.ACTIVE.name(),
                            0,
                            paymentId,
                            null,
                            null,
                            null),
                    key);
            result = key.getId();
            step = FollowUpStep.PAYMENT_CORRECTED;
            detail = before + " 更正为 " + describe(name, amount, source, paidAt) + "；理由：" + reason;
        }
        timeline.record(WageIncidents.ref(incidentId), step.name(), step.label(), user.username(), detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_" + step.name(),
                WageIncidents.ref(incidentId),
                step.label() + "：" + detail,
                PaymentStatus.ACTIVE.label(),
                to.label());
        return result;
    }

    private ConflictException changed(PaymentRow p) {
        if (PaymentStatus.ACTIVE.name().equals(p.status())) {
            return new ConflictException("PAYMENT_CHANGED", "该支付记录已被他人修改，请刷新后再试");
        }
        return new ConflictException(
                "PAYMENT_CHANGED",
                "该支付记录已由 " + timeline.nameOf(p.changedBy()) + " 于 " + IncidentTimes.format(p.changedAt())
                        + PaymentStatus.valueOf(p.status()).label().replace("已", "") + "，不能再次更正或撤销");
    }

    private static Integer version(String text, List<FieldProblem> problems) {
        try {
            if (text != null && !text.isBlank()) {
                int v = Integer.parseInt(text.strip());
                if (v >= 0) {
                    return v;
                }
            }
        } catch (NumberFormatException e) {
            // named below
        }
        problems.add(new FieldProblem("version", "NotNumber", "缺少支付记录的版本号，请刷新页面后再试"));
        return null;
    }

    private static String describe(String name, BigDecimal amount, PaymentSource source, Instant paidAt) {
        return name + " " + IncidentMoney.yuan(amount) + " 元（" + source.label() + "，" + IncidentTimes.format(paidAt)
                + "）";
    }
}
