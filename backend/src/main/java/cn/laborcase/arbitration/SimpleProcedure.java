package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.ClaimRow;
import cn.laborcase.arbitration.persistence.ProcedureDecisionRow;
import cn.laborcase.arbitration.persistence.ProcedureMapper;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 简易处理 (办案规则 §§56–61): the committee director decides that a case is handled simply — clear facts and undisputed
 * rights, a small amount (configuration: {@link SimpleProcedureSettings}) or the parties' agreement — so that one
 * arbitrator may sit alone; never a collective case (three arbitrators, 办案规则 on 集体劳动人事争议). The tribunal (or
 * the director) converts a case that is not fit for it back to the ordinary procedure (§61), in writing; the tribunal
 * is then three. Neither changes the award period: it still counts from acceptance (§61; 法 §43).
 */
@Service
public class SimpleProcedure {

    private final ProcedureSupport support;
    private final ProcedureMapper mapper;
    private final ArbitrationMapper cases;
    private final CasePreparation preparation;
    private final SimpleProcedureSettings settings;
    private final ProcedureHint hint;

    SimpleProcedure(
            ProcedureSupport support,
            ProcedureMapper mapper,
            ArbitrationMapper cases,
            CasePreparation preparation,
            SimpleProcedureSettings settings,
            ProcedureHint hint) {
        this.support = support;
        this.mapper = mapper;
        this.cases = cases;
        this.preparation = preparation;
        this.settings = settings;
        this.hint = hint;
    }

    /** The procedure in force: SIMPLE, ORDINARY (converted back) or empty (no decision: ordinary). */
    Optional<ProcedureDecisionRow> current(long caseId) {
        List<ProcedureDecisionRow> all = mapper.procedureDecisions(caseId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Transactional
    public void decideSimple(CurrentUser user, long id, ProcedureDecisionRequest request) {
        ProcedureDecisionRequest r = request == null
                ? new ProcedureDecisionRequest(null, null, null, null, null, null, null, null, null)
                : request;
        ArbitrationCaseRow row = support.directorOf(user, id, "决定简易处理");
        ArbitrationCaseStore.require(row, "决定简易处理", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        if (row.collective()) {
            throw new ConflictException("ARBITRATION_SIMPLE_COLLECTIVE", "集体劳动人事争议应当由三名仲裁员组成仲裁庭，不适用简易处理");
        }
        if (current(id).map(p -> p.procedureKind().equals("SIMPLE")).orElse(false)) {
            throw new ConflictException("ARBITRATION_SIMPLE_ALREADY", "本案已决定简易处理");
        }
        if (current(id).map(p -> p.procedureKind().equals("ORDINARY")).orElse(false)) {
            throw new ConflictException("ARBITRATION_SIMPLE_CONVERTED", "本案已由简易处理转为一般程序，不能再次简易处理");
        }
        String ground = r.ground() == null ? "" : r.ground().strip();
        String groundText =
                switch (ground) {
                    case "CLEAR_FACTS" -> "本案事实清楚、权利义务关系明确、争议不大";
                    case "SMALL_AMOUNT" ->
                        "本案标的额不超过" + settings.source() + "（" + ArbitrationDocuments.yuan(settings.amountLimit()) + "）";
                    case "PARTIES_AGREE" -> "双方当事人同意简易处理";
                    default -> throw new InvalidInputException("ground", "Choice", "请选择简易处理的情形：事实清楚争议不大、标的额小或双方当事人同意");
                };
        if (ground.equals("SMALL_AMOUNT")) {
            List<ClaimRow> claims = cases.claims(id);
            if (claims.stream().anyMatch(c -> c.amount() == null)) {
                throw new InvalidInputException("ground", "NoAmount", "本案有不计金额的仲裁请求，不能以标的额小为由简易处理");
            }
            BigDecimal total = claims.stream().map(ClaimRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(settings.amountLimit()) > 0) {
                throw new InvalidInputException(
                        "ground",
                        "AboveLimit",
                        "本案标的额" + ArbitrationDocuments.yuan(total) + "超过简易处理的标准"
                                + ArbitrationDocuments.yuan(settings.amountLimit()));
            }
        }
        String reasons = AwardCaseSupport.text("reasons", "决定理由", 2000, r.reasons());
        boolean composed = row.status().equals(ArbitrationStatus.TRIBUNAL_COMPOSED.name());
        String text = groundText + "。" + reasons + "\n依据《劳动人事争议仲裁办案规则》第五十六条的规定，本会决定本案简易处理，"
                + (composed ? "仲裁庭组成不变。" : "由本会指定一名仲裁员独任仲裁。")
                + "简易处理的，仲裁期限仍自受理仲裁申请之日起计算。";
        decide(
                user,
                row,
                "SIMPLE",
                ground,
                reasons,
                ProcedureDocumentTypes.SIMPLE_DECISION,
                text,
                "《劳动人事争议仲裁办案规则》第五十六条",
                ProcedureStep.SIMPLE_PROCEDURE);
    }

    /** Back to the ordinary procedure (§61); a sole arbitrator's case names its tribunal of three in the same call. */
    @Transactional
    public void convertToOrdinary(CurrentUser user, long id, ProcedureDecisionRequest request) {
        ProcedureDecisionRequest r = request == null
                ? new ProcedureDecisionRequest(null, null, null, null, null, null, null, null, null)
                : request;
        ArbitrationCaseRow row = support.award().actOn(user, id, "决定转为一般程序");
        ArbitrationCaseStore.require(row, "转为一般程序", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        if (!current(id).map(p -> p.procedureKind().equals("SIMPLE")).orElse(false)) {
            throw new ConflictException("ARBITRATION_NOT_SIMPLE", "本案未决定简易处理，无需转为一般程序");
        }
        String reasons = AwardCaseSupport.text("reasons", "转为一般程序的理由", 2000, r.reasons());
        List<TribunalMemberRow> tribunal = cases.tribunal(id);
        boolean sole = tribunal.size() == 1;
        if (sole) {
            if (!AwardCaseSupport.isDirector(user, row)) {
                throw new ForbiddenException("ARBITRATION_DIRECTOR", "独任仲裁转为三名仲裁员组成仲裁庭，由仲裁委主任指定仲裁员");
            }
            TribunalRequest three = new TribunalRequest("THREE", r.presiding(), r.arbitrator2(), r.arbitrator3(), null);
            var problems =
                    TribunalRule.problemsOf(three, row.collective(), preparation.arbitratorsOf(row.officeCode()));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        String text = reasons + "\n依据《劳动人事争议仲裁办案规则》第六十一条的规定，本案转为按照一般程序处理，由三名仲裁员组成仲裁庭。"
                + "仲裁期限自本会受理仲裁申请之日起计算；双方当事人已经确认的事实，可以不再进行举证、质证。";
        decide(
                user,
                row,
                "ORDINARY",
                null,
                reasons,
                ProcedureDocumentTypes.ORDINARY_DECISION,
                text,
                "《劳动人事争议仲裁办案规则》第六十一条",
                ProcedureStep.ORDINARY_PROCEDURE);
        if (sole) {
            mapper.deleteTribunal(id);
            String[][] seats = {{r.presiding(), "PRESIDING"}, {r.arbitrator2(), "MEMBER"}, {r.arbitrator3(), "MEMBER"}};
            for (int i = 0; i < seats.length; i++) {
                cases.insertTribunalMember(new TribunalMemberRow(id, seats[i][0].strip(), seats[i][1], i));
            }
            mapper.setTribunalMode(id, "THREE");
            DocumentView notice = support.reissueTribunalNotice(row, user.username());
            support.record(
                    row,
                    ProcedureStep.TRIBUNAL_RECOMPOSED,
                    "转为一般程序，仲裁庭改由三名仲裁员组成：首席仲裁员" + support.nameOf(seats[0][0].strip()) + "，仲裁员"
                            + support.nameOf(seats[1][0].strip()) + "、" + support.nameOf(seats[2][0].strip()) + "；"
                            + notice.number(),
                    user.username(),
                    "ARBITRATION_TRIBUNAL_COMPOSED");
        }
    }

    private void decide(
            CurrentUser user,
            ArbitrationCaseRow row,
            String kind,
            String ground,
            String reasons,
            String type,
            String text,
            String basis,
            ProcedureStep step) {
        DocumentView document = support.decide(type, row, text, basis, user.username());
        LocalDate today = support.award().today();
        mapper.insertProcedureDecision(new ProcedureDecisionRow(
                null,
                row.id(),
                kind,
                ground,
                reasons,
                today,
                user.username(),
                document.id(),
                support.award().now()));
        hint.procedureDecided(row.processInstanceId(), kind);
        support.record(row, step, reasons + "，" + document.number(), user.username(), "ARBITRATION_PROCEDURE");
    }
}
