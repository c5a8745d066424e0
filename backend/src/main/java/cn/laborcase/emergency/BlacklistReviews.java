package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.emergency.persistence.BlacklistReviewRow;
import cn.laborcase.emergency.persistence.IncidentFollowUpMapper;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerGrades;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blacklist review (拖欠农民工工资失信联合惩戒对象名单, 人社部令第45号) after an approved criminal referral or the
 * closure: an inspector proposes listing the employer with the ground; the 局长 decides. The proposal is the employer
 * registry's own ({@link EmployerGrades}: a grade C proposal with its blacklist entry, shown on the employer's page),
 * not a second list; the incident keeps its side (ground, who, when, the 局长's decision).
 */
@Service
public class BlacklistReviews {

    /** The employer registry's reason holds 500 characters; the ground and the incident's number go in front. */
    static final PrintableText REASON = PrintableText.multiline("列入理由", 300);

    static final PrintableText OPINION = PrintableText.multiline("决定意见", 1000);

    private final WageIncidents incidents;
    private final WageIncidentMapper incidentMapper;
    private final IncidentFollowUpMapper mapper;
    private final EmployerGrades grades;
    private final EmployerRegistry employers;
    private final BureauHeads heads;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    BlacklistReviews(
            WageIncidents incidents,
            WageIncidentMapper incidentMapper,
            IncidentFollowUpMapper mapper,
            EmployerGrades grades,
            EmployerRegistry employers,
            BureauHeads heads,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.incidents = incidents;
        this.incidentMapper = incidentMapper;
        this.mapper = mapper;
        this.grades = grades;
        this.employers = employers;
        this.heads = heads;
        this.timeline = timeline;
        this.audit = audit;
    }

    @Transactional
    public long propose(CurrentUser user, long incidentId, BlacklistRequest request) {
        incidents.visible(user, incidentId);
        if (!user.has(Role.INSPECTOR)) {
            throw new ForbiddenException("INCIDENT_BLACKLIST", "列入失信联合惩戒名单由承办监察员提请");
        }
        BlacklistRequest r = request == null ? new BlacklistRequest(null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        BlacklistGround ground = ground(r.ground(), problems);
        String reason = IncidentMoney.text(REASON, "reason", r.reason(), "请填写列入理由", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        boolean referred = mapper.findReferrals(incidentId).stream()
                .anyMatch(x -> ReferralStatus.APPROVED.name().equals(x.status()));
        if (!referred && !IncidentStatus.CLOSED.name().equals(row.status())) {
            throw new ConflictException(
                    "BLACKLIST_NOT_YET", "欠薪事件 " + row.incidentNumber() + " 尚未批准移送公安机关，也未结案，暂不能提请列入失信联合惩戒名单");
        }
        for (BlacklistReviewRow other : mapper.findBlacklists(incidentId)) {
            String state = state(other);
            if (!BlacklistStatus.NOT_LISTED.name().equals(state)) {
                throw new ConflictException(
                        "BLACKLIST_EXISTS",
                        "本事件已提请列入失信联合惩戒名单（" + BlacklistStatus.valueOf(state).label() + "）");
            }
        }
        String full = "拖欠农民工工资失信联合惩戒（" + ground.label() + "）：" + reason + "（欠薪事件 " + row.incidentNumber() + "）";
        long proposal =
                grades.propose(row.employerId(), "C", full, WageIncidents.ref(incidentId), user.username(), true);
        Instant now = timeline.now();
        GeneratedKey key = new GeneratedKey();
        mapper.insertBlacklist(
                new BlacklistReviewRow(
                        null,
                        incidentId,
                        row.employerId(),
                        proposal,
                        ground.name(),
                        reason,
                        user.username(),
                        now,
                        BlacklistStatus.PROPOSED.name(),
                        null,
                        null,
                        null,
                        0),
                key);
        FollowUpStep step = FollowUpStep.BLACKLIST_PROPOSED;
        String detail = ground.label() + "：" + reason;
        timeline.record(WageIncidents.ref(incidentId), step.name(), step.label(), user.username(), detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_BLACKLIST_PROPOSED",
                WageIncidents.ref(incidentId),
                step.label() + "：" + detail,
                null,
                null);
        heads.tell(
                row.officeCode(),
                "【失信联合惩戒】" + row.incidentNumber() + " 提请将用人单位列入失信联合惩戒名单，待您决定",
                "/wage-incidents/" + incidentId);
        return key.getId();
    }

    /**
     * The 局长 decides: LIST confirms the registry's proposal (grade C, listed for three years), NOT_LIST rejects it
     * (an opinion is required). 403 for anyone else; 409 once decided, here or on the employer's page.
     */
    @Transactional
    public void decide(CurrentUser user, long incidentId, long reviewId, AdvanceDecisionRequest request) {
        incidents.visible(user, incidentId);
        if (!user.has(Role.BUREAU_LEADER)) {
            throw new ForbiddenException("INCIDENT_BLACKLIST_DECISION", "是否列入失信联合惩戒名单由局长决定");
        }
        Decision d = Decision.of(request, "列入或不予列入", "不予列入时请填写决定意见", OPINION, "LIST", "NOT_LIST");
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        BlacklistReviewRow review =
                mapper.findBlacklist(incidentId, reviewId).orElseThrow(() -> new NotFoundException("失信名单提请", reviewId));
        if (!BlacklistStatus.PROPOSED.name().equals(review.status())) {
            throw decided(review.decidedBy(), review.decidedAt(), BlacklistStatus.valueOf(review.status()));
        }
        var onEmployerPage = grades.proposalState(review.gradeChangeId()).orElseThrow();
        if (!"PROPOSED".equals(onEmployerPage.state())) {
            throw decided(onEmployerPage.decidedBy(), onEmployerPage.decidedAt(), statusOf(onEmployerPage.state()));
        }
        Instant now = timeline.now();
        BlacklistStatus to = d.approve() ? BlacklistStatus.LISTED : BlacklistStatus.NOT_LISTED;
        if (mapper.decideBlacklist(reviewId, review.version(), to.name(), user.username(), now, d.opinion()) == 0) {
            BlacklistReviewRow now2 = mapper.findBlacklist(incidentId, reviewId).orElseThrow();
            throw decided(now2.decidedBy(), now2.decidedAt(), BlacklistStatus.valueOf(now2.status()));
        }
        EmployerView employer = employers.find(row.employerId()).orElseThrow();
        if (d.approve()) {
            grades.confirm(employer.creditCode(), review.gradeChangeId(), user);
        } else {
            grades.reject(employer.creditCode(), review.gradeChangeId(), user);
        }
        FollowUpStep step = d.approve() ? FollowUpStep.BLACKLIST_LISTED : FollowUpStep.BLACKLIST_NOT_LISTED;
        String detail = employer.name()
                + (d.approve() ? " 列入失信联合惩戒名单（期限三年）" : " 不予列入")
                + (d.opinion() == null ? "" : "：" + d.opinion());
        timeline.record(WageIncidents.ref(incidentId), step.name(), step.label(), user.username(), detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_BLACKLIST_" + to.name(),
                WageIncidents.ref(incidentId),
                step.label() + "：" + detail,
                BlacklistStatus.PROPOSED.label(),
                to.label());
        heads.tellOne(
                review.proposedBy(),
                "【失信联合惩戒】" + row.incidentNumber() + "：" + to.label(),
                "/wage-incidents/" + incidentId);
    }

    /** The review's state, taking a decision made on the employer's page into account. */
    String state(BlacklistReviewRow review) {
        if (!BlacklistStatus.PROPOSED.name().equals(review.status())) {
            return review.status();
        }
        return grades.proposalState(review.gradeChangeId())
                .map(s -> statusOf(s.state()).name())
                .orElse(review.status());
    }

    /** Who decided on the employer's page and when, for a review still PROPOSED here; null otherwise. */
    EmployerGrades.ProposalState decidedElsewhere(BlacklistReviewRow review) {
        if (!BlacklistStatus.PROPOSED.name().equals(review.status())) {
            return null;
        }
        return grades.proposalState(review.gradeChangeId())
                .filter(s -> !"PROPOSED".equals(s.state()))
                .orElse(null);
    }

    private static BlacklistStatus statusOf(String gradeState) {
        return switch (gradeState) {
            case "CONFIRMED" -> BlacklistStatus.LISTED;
            case "REJECTED" -> BlacklistStatus.NOT_LISTED;
            default -> BlacklistStatus.PROPOSED;
        };
    }

    private ConflictException decided(String by, Instant at, BlacklistStatus status) {
        return new ConflictException(
                "BLACKLIST_DECIDED",
                "该提请已由 " + timeline.nameOf(by) + " 于 " + IncidentTimes.format(at) + " 作出决定：" + status.label());
    }

    private static BlacklistGround ground(String text, List<FieldProblem> problems) {
        if (text != null) {
            for (BlacklistGround g : BlacklistGround.values()) {
                if (g.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                    return g;
                }
            }
        }
        problems.add(new FieldProblem("ground", "NotAllowed", "请选择列入情形：拖欠数额达到拒不支付劳动报酬罪数额标准，或引发群体性事件、极端事件造成严重不良社会影响"));
        return null;
    }
}
