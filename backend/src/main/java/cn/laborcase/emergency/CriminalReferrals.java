package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.emergency.persistence.IncidentFollowUpMapper;
import cn.laborcase.emergency.persistence.ReferralRow;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criminal-referral path (涉嫌拒不支付劳动报酬罪, 刑法 §276-1): available when the employer absconded or a served
 * 责令支付 order was not complied with by its deadline. An inspector proposes (the 局长 is told in-app); the 局长
 * approves or refuses; approval issues the numbered 涉嫌犯罪案件移送书 to the public security organ in the same
 * transaction. One referral at a time: another while one is proposed or approved is a 409; the first decision wins.
 */
@Service
public class CriminalReferrals {

    static final PrintableText POLICE = PrintableText.singleLine("移送机关", 100);
    static final PrintableText FACTS = PrintableText.multiline("涉嫌犯罪事实", 4000);
    static final PrintableText OPINION = PrintableText.multiline("审批意见", 1000);

    private final WageIncidents incidents;
    private final WageIncidentMapper incidentMapper;
    private final IncidentFollowUpMapper mapper;
    private final IncidentMoney money;
    private final EmployerRegistry employers;
    private final CriminalReferralDocument document;
    private final BureauHeads heads;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    CriminalReferrals(
            WageIncidents incidents,
            WageIncidentMapper incidentMapper,
            IncidentFollowUpMapper mapper,
            IncidentMoney money,
            EmployerRegistry employers,
            CriminalReferralDocument document,
            BureauHeads heads,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.incidents = incidents;
        this.incidentMapper = incidentMapper;
        this.mapper = mapper;
        this.money = money;
        this.employers = employers;
        this.document = document;
        this.heads = heads;
        this.timeline = timeline;
        this.audit = audit;
    }

    @Transactional
    public long propose(CurrentUser user, long incidentId, ReferralRequest request) {
        incidents.visible(user, incidentId);
        if (!user.has(Role.INSPECTOR)) {
            throw new ForbiddenException("INCIDENT_REFERRAL", "移送公安机关由承办监察员提请");
        }
        ReferralRequest r = request == null ? new ReferralRequest(null, null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        ReferralGround ground = ground(r.ground(), problems);
        LocalDate today = BeijingTime.dateOf(timeline.now());
        boolean datesRequired = ground == ReferralGround.ORDER_NOT_COMPLIED;
        LocalDate served = day("orderServedOn", "责令支付文书送达日期", r.orderServedOn(), datesRequired, problems);
        LocalDate due = day("orderDueOn", "责令支付的期限", r.orderDueOn(), datesRequired, problems);
        if (served != null && served.isAfter(today)) {
            problems.add(new FieldProblem("orderServedOn", "Future", "责令支付文书送达日期不能晚于今天"));
        }
        if (served != null && due != null && due.isBefore(served)) {
            problems.add(new FieldProblem("orderDueOn", "BeforeServed", "责令支付的期限不能早于送达日期"));
        } else if (due != null && !due.isBefore(today) && ground == ReferralGround.ORDER_NOT_COMPLIED) {
            // 刑法 §276-1: 经责令支付仍不支付 — only once the period the order gave has run out
            problems.add(new FieldProblem("orderDueOn", "NotPassed", "责令支付的期限（" + due + "）尚未届满，期满仍不支付的才能移送"));
        }
        if ((served == null) != (due == null) && ground == ReferralGround.ABSCONDED) {
            problems.add(new FieldProblem(
                    served == null ? "orderServedOn" : "orderDueOn", "BothOrNone", "张贴责令支付文书的日期和期限应同时填写或都不填"));
        }
        String police = IncidentMoney.text(POLICE, "policeOrgan", r.policeOrgan(), "请填写移送的公安机关", problems);
        String facts = IncidentMoney.text(FACTS, "facts", r.facts(), "请填写涉嫌犯罪事实", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (!IncidentStatus.ACTIVATED.name().equals(row.status())
                && !IncidentStatus.CLOSED.name().equals(row.status())) {
            throw new ConflictException(
                    "INCIDENT_NOT_ACTIVATED",
                    "欠薪事件 " + row.incidentNumber() + " 当前状态为「"
                            + IncidentStatus.valueOf(row.status()).label() + "」，启动应急处置后才能提请移送");
        }
        if (ground == ReferralGround.ABSCONDED && !row.employerAbsconded()) {
            throw new InvalidInputException(
                    "ground", "NotAbsconded", "本事件未记录用人单位欠薪逃匿，请以「经责令支付仍不支付」为由并填写责令支付文书的送达日期和期限");
        }
        for (ReferralRow other : mapper.findReferrals(incidentId)) {
            if (!ReferralStatus.REJECTED.name().equals(other.status())) {
                throw new ConflictException(
                        "REFERRAL_EXISTS",
                        "本事件已有移送公安机关的提请（"
                                + ReferralStatus.valueOf(other.status()).label() + "），不能重复提请");
            }
        }
        Instant now = timeline.now();
        GeneratedKey key = new GeneratedKey();
        mapper.insertReferral(
                new ReferralRow(
                        null,
                        incidentId,
                        ground.name(),
                        served,
                        due,
                        police,
                        facts,
                        user.username(),
                        now,
                        ReferralStatus.PROPOSED.name(),
                        null,
                        null,
                        null,
                        null,
                        0),
                key);
        String detail = "移送" + police + "：" + groundText(ground, served, due);
        FollowUpStep step = FollowUpStep.REFERRAL_PROPOSED;
        timeline.record(WageIncidents.ref(incidentId), step.name(), step.label(), user.username(), detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_REFERRAL_PROPOSED",
                WageIncidents.ref(incidentId),
                step.label() + "：" + detail,
                null,
                null);
        heads.tell(
                row.officeCode(),
                "【移送公安机关】" + row.incidentNumber() + " 提请以涉嫌拒不支付劳动报酬罪移送" + police + "，待您审批",
                "/wage-incidents/" + incidentId);
        return key.getId();
    }

    /**
     * The 局长 approves (the 移送书 is issued) or refuses (an opinion is required): 403 for anyone else, 409 once
     * decided (naming who decided and when).
     */
    @Transactional
    public void decide(CurrentUser user, long incidentId, long referralId, AdvanceDecisionRequest request) {
        incidents.visible(user, incidentId);
        if (!user.has(Role.BUREAU_LEADER)) {
            throw new ForbiddenException("INCIDENT_REFERRAL_APPROVAL", "移送公安机关由局长审批");
        }
        Decision d = Decision.of(request, "批准移送或不予移送", "不予移送时请填写审批意见", OPINION, "APPROVE", "REJECT");
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        ReferralRow referral = mapper.findReferral(incidentId, referralId)
                .orElseThrow(() -> new NotFoundException("移送提请", referralId));
        if (!ReferralStatus.PROPOSED.name().equals(referral.status())) {
            throw decided(referral);
        }
        Instant now = timeline.now();
        ReferralStatus to = d.approve() ? ReferralStatus.APPROVED : ReferralStatus.REJECTED;
        Long documentId = null;
        String number = null;
        if (d.approve()) {
            DocumentView issued = document.issue(
                    row,
                    employers.find(row.employerId()).orElseThrow(),
                    referral,
                    money.money(row).outstanding(),
                    "移送理由："
                            + groundText(
                                    ReferralGround.valueOf(referral.ground()),
                                    referral.orderServedOn(),
                                    referral.orderDueOn()),
                    BeijingTime.dateOf(now));
            documentId = issued.id();
            number = issued.number();
        }
        if (mapper.decideReferral(
                        referralId, referral.version(), to.name(), user.username(), now, d.opinion(), documentId)
                == 0) {
            throw decided(mapper.findReferral(incidentId, referralId).orElseThrow());
        }
        FollowUpStep step = d.approve() ? FollowUpStep.REFERRAL_APPROVED : FollowUpStep.REFERRAL_REJECTED;
        String detail = (d.approve() ? "移送" + referral.policeOrgan() + "，" + number : "不予移送")
                + (d.opinion() == null ? "" : "：" + d.opinion());
        timeline.record(WageIncidents.ref(incidentId), step.name(), step.label(), user.username(), detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_REFERRAL_" + to.name(),
                WageIncidents.ref(incidentId),
                step.label() + "：" + detail,
                ReferralStatus.PROPOSED.label(),
                to.label());
        heads.tellOne(
                referral.proposedBy(),
                "【移送公安机关】" + row.incidentNumber() + "：" + to.label() + (number == null ? "" : "，" + number),
                "/wage-incidents/" + incidentId);
    }

    /** The ground in words, with the order's dates (法释〔2013〕3号 §4: posted where the absconded employer is). */
    static String groundText(ReferralGround ground, LocalDate served, LocalDate due) {
        if (ground == ReferralGround.ORDER_NOT_COMPLIED) {
            return "经责令支付仍不支付。本机关于" + chinese(served) + "向该单位送达责令支付文书，限其于" + chinese(due) + "前支付，该单位逾期仍未支付。";
        }
        return "用人单位（经营者）逃匿，逃避支付劳动者的劳动报酬。"
                + (served == null
                        ? ""
                        : "本机关已于" + chinese(served) + "在其住所地、生产经营场所张贴责令支付文书，限其于" + chinese(due) + "前支付，逾期仍未支付。");
    }

    private ConflictException decided(ReferralRow r) {
        return new ConflictException(
                "REFERRAL_DECIDED",
                "该移送提请已由 " + timeline.nameOf(r.decidedBy()) + " 于 " + IncidentTimes.format(r.decidedAt()) + " 作出决定："
                        + ReferralStatus.valueOf(r.status()).label());
    }

    private static ReferralGround ground(String text, List<FieldProblem> problems) {
        if (text != null) {
            for (ReferralGround g : ReferralGround.values()) {
                if (g.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return g;
                }
            }
        }
        problems.add(new FieldProblem("ground", "NotAllowed", "请选择移送理由：用人单位逃匿，或经责令支付仍不支付"));
        return null;
    }

    private static LocalDate day(
            String field, String label, String text, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "NotNull", "请填写" + label));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Invalid", label + "格式不正确，例如 2026-12-01"));
            return null;
        }
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
