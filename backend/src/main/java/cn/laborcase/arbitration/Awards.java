package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.AwardItemRow;
import cn.laborcase.arbitration.persistence.AwardMapper;
import cn.laborcase.arbitration.persistence.AwardRow;
import cn.laborcase.arbitration.persistence.ClaimRow;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.ClaimType;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award (仲裁裁决书, 调解仲裁法 §§46–50): the tribunal rules on every claim item, and each item's finality follows
 * its awarded amount against 12 × the minimum wage in force on the award date, or its kind (working hours, leave,
 * social insurance: final, 法 §47(二)). All final: one 终局裁决书; none: one 非终局裁决书; a mix: both, each with its
 * own appeal text (法 §§48–50; 最高法解释（一）). A default award (缺席裁决, 法 §36) takes the same path.
 */
@Service
public class Awards {

    static final String AWARDED = "AWARDED";
    static final String REJECTED = "REJECTED";

    private final AwardCaseSupport support;
    private final ArbitrationMapper cases;
    private final AwardMapper mapper;
    private final ClaimFinality finality;
    private final ArbitrationEnding ending;

    Awards(
            AwardCaseSupport support,
            ArbitrationMapper cases,
            AwardMapper mapper,
            ClaimFinality finality,
            ArbitrationEnding ending) {
        this.support = support;
        this.cases = cases;
        this.mapper = mapper;
        this.finality = finality;
        this.ending = ending;
    }

    @Transactional
    public void award(CurrentUser user, long id, AwardRequest request) {
        ArbitrationCaseRow row = support.tribunalOf(user, id, "作出裁决");
        ArbitrationCaseStore.require(row, "作出裁决", ArbitrationStatus.TRIBUNAL_COMPOSED);
        List<ClaimRow> claims = cases.claims(id);
        List<Ruling> rulings = rulings(claims, request == null ? null : request.items());
        DeadlineView period = support.awardPeriod(row);
        if (period.dueDate() == null) {
            throw new ConflictException(
                    "ARBITRATION_SUSPENDED", "仲裁案件 " + ArbitrationCaseStore.nameOf(row) + " 处于中止状态，恢复仲裁后才能裁决");
        }
        LocalDate on = support.today();
        boolean byDefault = request != null && Boolean.TRUE.equals(request.byDefault());
        List<Ruling> finals = new ArrayList<>();
        List<Ruling> nonFinals = new ArrayList<>();
        for (Ruling r : rulings) {
            // 最高法解释（一）: an item is judged by the amount awarded; a rejected money item awards nothing
            BigDecimal counted =
                    r.outcome.equals(AWARDED) ? r.amount : (r.claim.amount() == null ? null : BigDecimal.ZERO);
            ClaimFinality.Decision d =
                    finality.decide(ClaimType.valueOf(r.claim.claimType()), counted, row.locality(), on);
            (d.isFinal() ? finals : nonFinals).add(r.decided(d));
        }
        List<String> issued = new ArrayList<>();
        if (!finals.isEmpty()) {
            issued.add(issue(row, AwardDocumentTypes.AWARD_FINAL, "FINAL", finals, byDefault, on, user));
        }
        if (!nonFinals.isEmpty()) {
            issued.add(issue(row, AwardDocumentTypes.AWARD_NON_FINAL, "NON_FINAL", nonFinals, byDefault, on, user));
        }
        if (mapper.end(id, ArbitrationStatus.AWARDED.name()) == 0) {
            throw ConflictException.concurrentEdit("仲裁案件 " + ArbitrationCaseStore.nameOf(row));
        }
        support.deadlines().close(id, ArbitrationDeadlines.AWARD, on);
        ending.end(row.processInstanceId(), ArbitrationEnding.Outcome.AWARDED, "裁决结案");
        support.record(
                row,
                ArbitrationStep.AWARDED,
                "AWARDED",
                on,
                (byDefault ? "缺席裁决，" : "") + "作出" + String.join("、", issued) + "（终局" + finals.size() + "项，非终局"
                        + nonFinals.size() + "项）",
                null,
                user.username(),
                "ARBITRATION_AWARDED");
    }

    private String issue(
            ArbitrationCaseRow row,
            String type,
            String kind,
            List<Ruling> rulings,
            boolean byDefault,
            LocalDate on,
            CurrentUser user) {
        Map<String, String> data = support.documents().common(row);
        List<String> tribunal = cases.tribunal(row.id()).stream()
                .map(m -> CasePreparation.roleLabel(m.memberRole()) + "："
                        + support.documents().nameOf(m.username()))
                .toList();
        data.put("tribunal", String.join("\n", tribunal));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rulings.size(); i++) {
            lines.add((i + 1) + ". " + rulings.get(i).text());
        }
        data.put("items", String.join("\n", lines));
        data.put("awardedOn", on.toString());
        if (byDefault) {
            data.put("absence", "被申请人经书面通知，无正当理由拒不到庭（或者未经仲裁庭同意中途退庭），本庭依法缺席裁决。");
        }
        DocumentView document = support.documents().issue(type, row, data, user.username());
        GeneratedKey key = new GeneratedKey();
        mapper.insertAward(
                new AwardRow(null, row.id(), kind, byDefault, on, document.id(), user.username(), support.now()), key);
        for (Ruling r : rulings) {
            mapper.insertAwardItem(new AwardItemRow(
                    key.getId(),
                    row.id(),
                    r.claim.position(),
                    r.outcome,
                    r.amount,
                    r.reasoning,
                    r.decision.isFinal(),
                    cut(r.decision.rule())));
        }
        return document.typeName() + " " + document.number();
    }

    /** Every claim item ruled on once, with an amount only where money is awarded: 400 naming each wrong field. */
    static List<Ruling> rulings(List<ClaimRow> claims, List<AwardRequest.Item> items) {
        List<FieldProblem> problems = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            throw new InvalidInputException("items", "NotEmpty", "请对每一项仲裁请求作出裁决");
        }
        Map<Integer, Ruling> byPosition = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String f = "items[" + i + "]";
            AwardRequest.Item item = items.get(i);
            if (item == null || item.position() == null || item.position() < 0 || item.position() >= claims.size()) {
                problems.add(new FieldProblem(f + ".position", "Unknown", "请指明所裁决的仲裁请求（第1至" + claims.size() + "项）"));
                continue;
            }
            ClaimRow claim = claims.get(item.position());
            if (byPosition.containsKey(item.position())) {
                problems.add(new FieldProblem(f + ".position", "Duplicate", "第" + (item.position() + 1) + "项请求已裁决过"));
                continue;
            }
            String outcome = item.outcome() == null ? "" : item.outcome().strip();
            if (!outcome.equals(AWARDED) && !outcome.equals(REJECTED)) {
                problems.add(new FieldProblem(f + ".outcome", "Choice", "请选择支持或驳回"));
            }
            BigDecimal amount = ApplicationValidation.amount(f + ".amount", item.amount(), problems);
            if (outcome.equals(AWARDED)
                    && claim.amount() != null
                    && amount == null
                    && !problemAt(problems, f + ".amount")) {
                problems.add(new FieldProblem(f + ".amount", "NotNull", "请填写裁决金额（元）"));
            }
            if (outcome.equals(REJECTED) && amount != null) {
                problems.add(new FieldProblem(f + ".amount", "Rejected", "驳回的请求不写裁决金额"));
            }
            String reasoning = null;
            try {
                reasoning = AwardCaseSupport.text(f + ".reasoning", "裁决理由", 2000, item.reasoning());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            byPosition.put(item.position(), new Ruling(claim, outcome, amount, reasoning, null));
        }
        for (int p = 0; p < claims.size(); p++) {
            if (!byPosition.containsKey(p)) {
                problems.add(new FieldProblem("items", "Missing", "第" + (p + 1) + "项仲裁请求尚未裁决"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return claims.stream().map(c -> byPosition.get(c.position())).toList();
    }

    private static boolean problemAt(List<FieldProblem> problems, String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    private static String cut(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) : s;
    }

    record Ruling(
            ClaimRow claim, String outcome, BigDecimal amount, String reasoning, ClaimFinality.Decision decision) {

        Ruling decided(ClaimFinality.Decision d) {
            return new Ruling(claim, outcome, amount, reasoning, d);
        }

        String text() {
            String what = (claim.counterClaim() ? "反申请请求 " : "")
                    + ClaimType.valueOf(claim.claimType()).label() + "（"
                    + claim.description().replace('\n', ' ') + "）：";
            String ruling = outcome.equals(AWARDED)
                    ? "支持"
                            + (amount == null
                                    ? "该项请求"
                                    : (claim.counterClaim() ? "，申请人支付被申请人 " : "，被申请人支付申请人 ")
                                            + ArbitrationDocuments.yuan(amount))
                    : "驳回该项请求";
            return what + ruling + "。理由：" + reasoning.replace('\n', ' ') + "（本项为" + (decision.isFinal() ? "终局" : "非终局")
                    + "裁决）";
        }
    }
}
