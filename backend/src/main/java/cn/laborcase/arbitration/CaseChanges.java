package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.AwardMapper;
import cn.laborcase.arbitration.persistence.ClaimRow;
import cn.laborcase.arbitration.persistence.PartyRow;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What makes the award period count again from a new day (办案规则 §46(一)(三)(四)(五)): joinder of a party, an
 * accepted change of the claims, a counter-claim merged into the case (only while the answer period runs) and a
 * transfer. 补正 is not among them: it restarts the acceptance period (§46(二)). Each issues a notice to the parties.
 */
@Service
public class CaseChanges {

    private final AwardCaseSupport support;
    private final Deadlines deadlines;
    private final ArbitrationMapper cases;
    private final AwardMapper mapper;
    private final ClaimFinality finality;

    CaseChanges(
            AwardCaseSupport support,
            Deadlines deadlines,
            ArbitrationMapper cases,
            AwardMapper mapper,
            ClaimFinality finality) {
        this.support = support;
        this.deadlines = deadlines;
        this.cases = cases;
        this.mapper = mapper;
        this.finality = finality;
    }

    /**
     * 追加当事人 (办案规则 §46(一)): the party joins, identified as at registration (a worker by ID number, an employer
     * by credit code), and the 45 days count from {@code on}. Every wrong field is named at once.
     */
    @Transactional
    public DeadlineView joinParty(CurrentUser user, long id, JoinderRequest request) {
        JoinderRequest r = request == null ? new JoinderRequest(null, null, null, null, null, null, null) : request;
        ArbitrationCaseRow row = open(user, id, "追加当事人");
        List<FieldProblem> problems = new ArrayList<>();
        boolean applicant = "APPLICANT".equals(r.kind());
        boolean respondent = "RESPONDENT".equals(r.kind());
        if (!applicant && !respondent) {
            problems.add(new FieldProblem("kind", "Choice", "请选择追加为申请人或被申请人"));
        }
        if (r.name() == null || r.name().isBlank()) {
            problems.add(new FieldProblem("name", "NotBlank", "请填写追加当事人的姓名或名称"));
        } else {
            (applicant ? ApplicationValidation.NAME : ApplicationValidation.EMPLOYER_NAME)
                    .problemOf("name", r.name())
                    .ifPresent(problems::add);
        }
        String idNumber =
                applicant ? ApplicationValidation.idNumber("idNumber", r.idNumber(), support.today(), problems) : null;
        String creditCode =
                respondent ? ApplicationValidation.creditCode("creditCode", r.creditCode(), problems) : null;
        ApplicationValidation.ADDRESS.problemOf("address", r.address()).ifPresent(problems::add);
        String reason = AwardCaseSupport.collect(problems, () -> AwardCaseSupport.reason(r.reason()));
        LocalDate on = AwardCaseSupport.collect(problems, () -> support.day("on", "追加日期", r.on(), row));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = r.name().strip();
        boolean already = cases.parties(id).stream()
                .anyMatch(p -> p.kind().equals(r.kind())
                        && (p.name().equals(name)
                                || (idNumber != null && idNumber.equals(p.idNumber()))
                                || (creditCode != null && creditCode.equals(p.creditCode()))));
        if (already) {
            // house style 26: a person is a party of a case once
            throw new ConflictException("ARBITRATION_PARTY", name + " 已是本案当事人");
        }
        String address = r.address() == null || r.address().isBlank()
                ? null
                : r.address().strip();
        cases.insertParty(new PartyRow(
                id,
                r.kind(),
                mapper.nextPartyPosition(id, r.kind()),
                name,
                idNumber,
                creditCode,
                null,
                address,
                false,
                null,
                null));
        String role = applicant ? "申请人" : "被申请人";
        return restart(user, row, on, "追加当事人", "JOINDER", "追加" + name + "为" + role + "（" + reason + "）");
    }

    /** 变更仲裁请求 accepted (§46(三)): the claims as changed replace the list; after the award: 409. */
    @Transactional
    public DeadlineView changeClaims(CurrentUser user, long id, ClaimChangeRequest request) {
        ClaimChangeRequest r = request == null ? new ClaimChangeRequest(null, null, null) : request;
        ArbitrationCaseRow row = open(user, id, "变更仲裁请求");
        List<FieldProblem> problems = new ArrayList<>();
        List<ApplicationValidation.Claim> claims = ApplicationValidation.claims(r.claims(), problems);
        String reason = AwardCaseSupport.collect(problems, () -> AwardCaseSupport.reason(r.reason()));
        LocalDate on = AwardCaseSupport.collect(problems, () -> support.day("on", "变更日期", r.on(), row));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the application's items are replaced; a merged counter-claim's items stay, numbered after them
        List<ClaimRow> counterClaims =
                cases.claims(id).stream().filter(ClaimRow::counterClaim).toList();
        mapper.deleteClaims(id);
        for (int i = 0; i < claims.size(); i++) {
            ApplicationValidation.Claim c = claims.get(i);
            ClaimFinality.Decision d = finality.decide(c.type(), c.amount(), row.locality(), on);
            cases.insertClaim(new ClaimRow(id, i, c.type().name(), c.amount(), c.description(), d.isFinal(), d.rule()));
        }
        for (int i = 0; i < counterClaims.size(); i++) {
            ClaimRow c = counterClaims.get(i);
            cases.insertClaim(new ClaimRow(
                    id,
                    claims.size() + i,
                    c.claimType(),
                    c.amount(),
                    c.description(),
                    c.finalIfAwarded(),
                    c.finalityRule(),
                    ClaimRow.COUNTER_CLAIM));
        }
        return restart(user, row, on, "变更仲裁请求", "CLAIM_CHANGE", "准许变更仲裁请求，变更后共" + claims.size() + "项（" + reason + "）");
    }

    /**
     * 反申请 merged (§46(四)): filed on {@code on}, accepted only while the answer period runs (法 §30; 办案规则
     * §41); filed after it closed: 409 naming the day it closed (the respondent may apply separately). Its items join
     * the case's claims as items of their own (origin COUNTER_CLAIM, after the application's), each with its finality
     * signal, and the award rules on them item by item.
     */
    @Transactional
    public DeadlineView mergeCounterClaim(CurrentUser user, long id, CounterClaimRequest request) {
        CounterClaimRequest r = request == null ? new CounterClaimRequest(null, null, null) : request;
        ArbitrationCaseRow row = open(user, id, "合并审理反申请");
        List<FieldProblem> problems = new ArrayList<>();
        List<ApplicationValidation.Claim> items = ApplicationValidation.claims(r.claims(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String description = r.description() == null || r.description().isBlank()
                ? null
                : AwardCaseSupport.text("description", "反申请请求", 1000, r.description());
        LocalDate filed = support.day("on", "反申请提出日期", r.on(), row);
        LocalDate answerEnd = support.deadlines().all(id).stream()
                .filter(d -> d.ruleCode().equals(ArbitrationDeadlines.ANSWER))
                .map(DeadlineView::dueDate)
                .findFirst()
                .orElse(null);
        if (answerEnd != null && filed.isAfter(answerEnd)) {
            throw new ConflictException(
                    "ARBITRATION_COUNTER_CLAIM_LATE",
                    "答辩期已于" + answerEnd + "届满，" + filed + "提出的反申请不能合并审理；被申请人可以另行申请仲裁");
        }
        int next = cases.claims(id).size();
        List<String> lines = new ArrayList<>();
        for (ApplicationValidation.Claim c : items) {
            ClaimFinality.Decision d = finality.decide(c.type(), c.amount(), row.locality(), filed);
            cases.insertClaim(new ClaimRow(
                    id,
                    next,
                    c.type().name(),
                    c.amount(),
                    c.description(),
                    d.isFinal(),
                    d.rule(),
                    ClaimRow.COUNTER_CLAIM));
            lines.add("第" + (next + 1) + "项 " + c.type().label() + "："
                    + c.description().replace('\n', ' ')
                    + (c.amount() == null ? "" : " " + ArbitrationDocuments.yuan(c.amount())));
            next++;
        }
        return restart(
                user,
                row,
                support.today(),
                "反申请",
                "COUNTER_CLAIM",
                "被申请人于" + filed + "提出反申请，合并审理，反申请请求" + items.size() + "项（" + String.join("；", lines) + "）"
                        + (description == null ? "" : "：" + description));
    }

    /** 移送管辖 (§46(五)): the case counts again from the day the committee received it. */
    @Transactional
    public DeadlineView transfer(CurrentUser user, long id, AwardPeriodRequest request) {
        AwardPeriodRequest r = AwardPeriod.orEmpty(request);
        ArbitrationCaseRow row = open(user, id, "登记移送管辖");
        List<FieldProblem> problems = new ArrayList<>();
        String reason = AwardCaseSupport.collect(problems, () -> AwardCaseSupport.reason(r.reason()));
        LocalDate on = AwardCaseSupport.collect(problems, () -> support.day("on", "移送收到日期", r.on(), row));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return restart(user, row, on, "移送管辖", "TRANSFER", "移送管辖，" + on + "收到移送（" + reason + "）");
    }

    private ArbitrationCaseRow open(CurrentUser user, long id, String action) {
        ArbitrationCaseRow row = support.actOn(user, id, action);
        ArbitrationCaseStore.require(row, action, ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        return row;
    }

    private DeadlineView restart(
            CurrentUser user, ArbitrationCaseRow row, LocalDate on, String ground, String kind, String detail) {
        DeadlineView period = support.awardPeriod(row);
        DeadlineView restarted = deadlines.restart(period.id(), period.version(), on, ground + "：" + detail);
        DocumentView notice = support.decide(
                AwardDocumentTypes.RESTART_NOTICE,
                row,
                detail + "。依据《劳动人事争议仲裁办案规则》第四十六条的规定，仲裁期限自" + AwardPeriod.chinese(on) + "起重新计算，至"
                        + AwardPeriod.chinese(restarted.dueDate()) + "届满。",
                user.username());
        support.record(
                row,
                ArbitrationStep.PERIOD_RESTARTED,
                kind,
                on,
                ground + "：" + detail + "；审理期限自 " + on + " 重新计算，至 " + restarted.dueDate(),
                notice,
                user.username(),
                "ARBITRATION_PERIOD_CHANGED");
        return restarted;
    }
}
