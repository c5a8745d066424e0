package cn.laborcase.employer;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.employer.persistence.EmployerMapper;
import cn.laborcase.employer.persistence.EmployerRiskMapper;
import cn.laborcase.employer.persistence.EmployerStateRow;
import cn.laborcase.employer.persistence.RiskSignalRow;
import cn.laborcase.notification.Notifications;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early warning (预警): signals per employer raise its risk level by the rules in {@link RiskRules}; reaching HIGH puts
 * it on the watch list (重点监控名单, with the reasons) — visited in every patrol draw — and tells its grid's inspectors
 * (in-app notices). The level is computed again from the open signals each time one arrives.
 */
@Service
public class EmployerRisk {

    static final PrintableText DETAIL = PrintableText.multiline("风险情况", 500);

    private final EmployerRiskMapper signals;
    private final EmployerMapper employers;
    private final EmployerAccess access;
    private final RiskRules rules;
    private final Notifications notifications;
    private final AuditJournal audit;
    private final Clock clock;

    EmployerRisk(
            EmployerRiskMapper signals,
            EmployerMapper employers,
            EmployerAccess access,
            RiskRules rules,
            Notifications notifications,
            AuditJournal audit,
            Clock clock) {
        this.signals = signals;
        this.employers = employers;
        this.access = access;
        this.rules = rules;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a signal (by another module or a person, {@code actor} a username or a system name) and computes the
     * level again; the new level.
     *
     * @param source the case the signal comes from, or null
     */
    @Transactional
    public RiskLevel signal(long employerId, RiskSignal kind, String detail, CaseRef source, String actor) {
        EmployerView employer =
                employers.findById(employerId).orElseThrow(() -> new NotFoundException("用人单位", employerId));
        DETAIL.problemOf("detail", detail).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        if (detail == null || detail.isBlank()) {
            throw new InvalidInputException("detail", "Required", "请填写风险情况");
        }
        signals.lock(employerId);
        signals.insert(
                employerId,
                kind.name(),
                PrintableText.normalizeNewlines(detail.strip()),
                source == null ? null : source.type().name(),
                source == null ? null : source.id(),
                actor,
                clock.instant());
        audit.record(
                "EMPLOYER_RISK_SIGNALLED",
                EmployerChanges.TARGET,
                employerId,
                "用人单位 " + employer.name() + " 预警信号：" + kind.label() + "（" + detail.strip() + "）");
        return recompute(employer);
    }

    /** A grid assistant's (or the grid's inspector's) risk report from the employer's page. */
    @Transactional
    public RiskLevel report(CurrentUser user, String creditCode, String detail) {
        EmployerView employer = access.visible(user, creditCode);
        if (!access.canReportRisk(user, employer)) {
            throw new ForbiddenException("EMPLOYER_RISK_FORBIDDEN", "只有该网格的网格员和监察员可以报告风险");
        }
        if (detail == null || detail.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("detail", "Required", "请填写风险情况")));
        }
        return signal(employer.id(), RiskSignal.ASSISTANT_REPORT, detail, null, user.username());
    }

    private RiskLevel recompute(EmployerView employer) {
        List<RiskSignalRow> open = signals.open(employer.id());
        int total = open.stream()
                .mapToInt(s -> rules.pointsOf(RiskSignal.valueOf(s.kind())))
                .sum();
        RiskLevel level = rules.levelOf(total);
        EmployerStateRow state = employers.findState(employer.id()).orElseThrow();
        RiskLevel before = RiskLevel.valueOf(state.riskLevel());
        boolean watch = employer.watchList() || level == RiskLevel.HIGH;
        String reason = state.watchReason();
        if (level == RiskLevel.HIGH && !employer.watchList()) {
            Map<RiskSignal, Long> kinds = open.stream()
                    .collect(Collectors.groupingBy(s -> RiskSignal.valueOf(s.kind()), Collectors.counting()));
            reason = "预警达到高风险（" + total + " 分）："
                    + kinds.entrySet().stream()
                            .map(e -> e.getKey().label() + " " + e.getValue() + " 次")
                            .collect(Collectors.joining("、"));
            if (reason.length() > 300) {
                reason = reason.substring(0, 299) + "…";
            }
        }
        employers.setRisk(employer.id(), level.name(), watch, reason);
        if (level != before) {
            audit.record(
                    "EMPLOYER_RISK_CHANGED",
                    EmployerChanges.TARGET,
                    employer.id(),
                    "用人单位 " + employer.name() + " 风险等级由" + before.label() + "变为" + level.label(),
                    "风险等级：" + before.label(),
                    "风险等级：" + level.label());
        }
        if (level == RiskLevel.HIGH && !employer.watchList()) {
            audit.record(
                    "EMPLOYER_WATCH_LISTED",
                    EmployerChanges.TARGET,
                    employer.id(),
                    "用人单位 " + employer.name() + " 列入重点监控名单：" + reason);
            String link = "/employers/" + employer.creditCode();
            for (String inspector : employers.gridInspectors(employer.gridCode())) {
                notifications.notifyStaff(inspector, "预警：" + employer.name() + " 达到高风险，已列入重点监控名单", link);
            }
        }
        return level;
    }
}
