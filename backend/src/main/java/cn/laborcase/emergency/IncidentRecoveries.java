package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.IncidentFollowUpMapper;
import cn.laborcase.emergency.persistence.RecoveryRow;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery of the fund's advances from the employer (追偿: the fund advances wages in the employer's place and the
 * office recovers them, local fund rules). Inspectors and leaders record each amount while the incident is activated
 * or after its closure (recovery goes on); {@code toRecover} = approved advances − recovered, and more than that is
 * a 400. The incident's row is locked first, so two recoveries at the same moment cannot together exceed it.
 */
@Service
public class IncidentRecoveries {

    static final PrintableText NOTE = PrintableText.multiline("说明", 500);

    private final WageIncidents incidents;
    private final WageIncidentMapper incidentMapper;
    private final IncidentMoney money;
    private final IncidentFollowUpMapper mapper;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    IncidentRecoveries(
            WageIncidents incidents,
            WageIncidentMapper incidentMapper,
            IncidentMoney money,
            IncidentFollowUpMapper mapper,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.incidents = incidents;
        this.incidentMapper = incidentMapper;
        this.money = money;
        this.mapper = mapper;
        this.timeline = timeline;
        this.audit = audit;
    }

    @Transactional
    public long record(CurrentUser user, long incidentId, RecoveryRequest request) {
        incidents.visible(user, incidentId);
        if (!(user.has(Role.INSPECTOR) || user.isLeader())) {
            throw new ForbiddenException("INCIDENT_RECOVERY", "只有监察员和领导可以登记追偿");
        }
        RecoveryRequest r = request == null ? new RecoveryRequest(null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal amount = IncidentMoney.amount("amount", "追回金额", r.amount(), problems);
        LocalDate on = day(r.recoveredOn(), problems);
        RecoveryMethod method = method(r.method(), problems);
        String note = null;
        if (r.note() != null && !r.note().isBlank()) {
            var problem = NOTE.problemOf("note", r.note());
            if (problem.isPresent()) {
                problems.add(problem.get());
            } else {
                note = PrintableText.normalizeNewlines(r.note().strip());
            }
        }
        if (method == RecoveryMethod.OTHER
                && note == null
                && problems.stream().noneMatch(p -> "note".equals(p.field()))) {
            problems.add(new FieldProblem("note", "NotBlank", "其他方式追回的，请在说明中写明方式"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (!IncidentStatus.ACTIVATED.name().equals(row.status())
                && !IncidentStatus.CLOSED.name().equals(row.status())) {
            throw new ConflictException(
                    "INCIDENT_NOT_ACTIVATED",
                    "欠薪事件 " + row.incidentNumber() + " 当前状态为「"
                            + IncidentStatus.valueOf(row.status()).label() + "」，没有应急周转金垫付可追偿");
        }
        Money m = money.money(row);
        if (amount.compareTo(m.toRecover()) > 0) {
            throw new InvalidInputException(List.of(new FieldProblem(
                    "amount",
                    "OverRecovery",
                    "追回金额不得超过尚待追偿的 " + IncidentMoney.yuan(m.toRecover()) + " 元（已批准垫付 "
                            + IncidentMoney.yuan(m.fundAdvanced()) + " 元，已追回 " + IncidentMoney.yuan(m.recovered())
                            + " 元）")));
        }
        Instant now = timeline.now();
        GeneratedKey key = new GeneratedKey();
        mapper.insertRecovery(
                new RecoveryRow(null, incidentId, amount, on, method.name(), note, user.username(), now), key);
        String detail = on + " " + method.label() + " " + IncidentMoney.yuan(amount) + " 元"
                + (note == null ? "" : "（" + note + "）") + "；尚待追偿 "
                + IncidentMoney.yuan(m.toRecover().subtract(amount)) + " 元";
        FollowUpStep step = FollowUpStep.RECOVERY_RECORDED;
        timeline.record(WageIncidents.ref(incidentId), step.name(), step.label(), user.username(), detail);
        audit.recordAs(
                user.username(), "WAGE_INCIDENT_RECOVERY", WageIncidents.ref(incidentId), "登记追偿：" + detail, null, null);
        return key.getId();
    }

    private LocalDate day(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("recoveredOn", "NotNull", "请填写追回日期"));
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("recoveredOn", "Invalid", "追回日期格式不正确，例如 2026-12-20"));
            return null;
        }
        if (day.isAfter(BeijingTime.dateOf(timeline.now()))) {
            problems.add(new FieldProblem("recoveredOn", "Future", "追回日期不能晚于今天"));
            return null;
        }
        return day;
    }

    private static RecoveryMethod method(String text, List<FieldProblem> problems) {
        if (text != null) {
            for (RecoveryMethod m : RecoveryMethod.values()) {
                if (m.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return m;
                }
            }
        }
        problems.add(new FieldProblem("method", "NotAllowed", "请选择追偿方式：用人单位归还、从工资保证金中划回、申请人民法院强制执行或其他方式"));
        return null;
    }
}
