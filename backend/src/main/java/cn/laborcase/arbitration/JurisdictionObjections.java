package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.AwardMapper;
import cn.laborcase.arbitration.persistence.ObjectionRow;
import cn.laborcase.arbitration.persistence.ProcedureMapper;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 管辖异议 (办案规则 §10): the respondent objects to the committee's jurisdiction in writing before the answer period
 * ends (filed later: refused, naming the day it closed; the proceedings go on). The committee decides in writing:
 * upheld → the case is transferred to the competent committee (移送) and ends here; dismissed → it goes on. A pending
 * objection is recorded; it does not restart the award period (only a transfer received does, §46(五), at the
 * receiving committee).
 */
@Service
public class JurisdictionObjections {

    private static final String BASIS = "《劳动人事争议仲裁办案规则》第十条";

    private final ProcedureSupport support;
    private final ProcedureMapper mapper;
    private final AwardMapper awards;
    private final ArbitrationEnding ending;
    private final Deadlines deadlines;

    JurisdictionObjections(
            ProcedureSupport support,
            ProcedureMapper mapper,
            AwardMapper awards,
            ArbitrationEnding ending,
            Deadlines deadlines) {
        this.support = support;
        this.mapper = mapper;
        this.awards = awards;
        this.ending = ending;
        this.deadlines = deadlines;
    }

    /** The clerk registers the respondent's objection; after the answer period: 409 with the day it closed. */
    @Transactional
    public long file(CurrentUser user, long id, JurisdictionObjectionRequest request) {
        JurisdictionObjectionRequest r = request == null ? new JurisdictionObjectionRequest(null, null, null) : request;
        ArbitrationCaseRow row = support.clerkOf(user, id, "登记管辖异议");
        ArbitrationCaseStore.require(row, "提出管辖异议", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        String respondent = support.party("respondent", "提出异议的被申请人", r.respondent(), id, "RESPONDENT");
        String grounds = AwardCaseSupport.text("grounds", "异议理由", 2000, r.grounds());
        LocalDate filed = support.award().day("filedOn", "异议提出日期", r.filedOn(), row);
        LocalDate answerEnd = support.award().deadlines().all(id).stream()
                .filter(d -> d.ruleCode().equals(ArbitrationDeadlines.ANSWER))
                .map(DeadlineView::dueDate)
                .findFirst()
                .orElse(null);
        if (answerEnd != null && filed.isAfter(answerEnd)) {
            throw new ConflictException(
                    "ARBITRATION_OBJECTION_LATE",
                    "答辩期已于" + answerEnd + "届满，" + filed + "提出的管辖异议不予审查，不影响仲裁程序的进行（办案规则第十条）");
        }
        if (mapper.objections(id).stream().anyMatch(o -> o.status().equals("PENDING"))) {
            throw new ConflictException("ARBITRATION_OBJECTION_PENDING", "本案已有待决定的管辖异议");
        }
        GeneratedKey key = new GeneratedKey();
        mapper.insertObjection(
                new ObjectionRow(
                        null,
                        id,
                        respondent,
                        grounds,
                        filed,
                        "PENDING",
                        null,
                        null,
                        null,
                        null,
                        null,
                        user.username(),
                        support.award().now(),
                        0),
                key);
        support.record(
                row,
                ProcedureStep.OBJECTION_FILED,
                respondent + "于" + filed + "提出管辖异议：" + grounds + "；待仲裁委员会决定，仲裁期限不因此重新计算",
                user.username(),
                "ARBITRATION_JURISDICTION");
        return key.getId();
    }

    /** The director decides: UPHOLD (the case goes to {@code competentCommittee}) or DISMISS. */
    @Transactional
    public void decide(CurrentUser user, long id, long objectionId, ProcedureDecisionRequest request) {
        ProcedureDecisionRequest r = request == null
                ? new ProcedureDecisionRequest(null, null, null, null, null, null, null, null, null)
                : request;
        ArbitrationCaseRow row = support.directorOf(user, id, "作出管辖异议决定");
        ObjectionRow o =
                mapper.objection(id, objectionId).orElseThrow(() -> new NotFoundException("管辖异议", objectionId));
        if (!o.status().equals("PENDING")) {
            throw new ConflictException("ARBITRATION_OBJECTION_DECIDED", "该管辖异议已于" + o.decidedOn() + "作出决定");
        }
        if (r.version() != null && r.version() != o.version()) {
            throw ConflictException.concurrentEdit("管辖异议");
        }
        ArbitrationCaseStore.require(row, "作出管辖异议决定", ArbitrationStatus.ACCEPTED, ArbitrationStatus.TRIBUNAL_COMPOSED);
        String decision = r.decision() == null ? "" : r.decision().strip();
        if (!decision.equals("UPHOLD") && !decision.equals("DISMISS")) {
            throw new InvalidInputException("decision", "Choice", "请选择决定：异议成立（移送管辖）或驳回异议");
        }
        boolean upheld = decision.equals("UPHOLD");
        String reasons = AwardCaseSupport.text("reasons", "决定理由", 2000, r.reasons());
        String competent =
                upheld ? AwardCaseSupport.text("competentCommittee", "有管辖权的仲裁委员会", 200, r.competentCommittee()) : null;
        LocalDate today = support.award().today();
        String text = o.respondent() + "于" + AwardPeriod.chinese(o.filedOn()) + "对本案提出管辖异议，理由为：" + o.grounds()
                + "\n经审查，" + reasons + "\n"
                + (upheld ? "被申请人提出的管辖异议成立，本案移送" + competent + "处理。" : "被申请人提出的管辖异议不成立，决定驳回管辖异议，本案继续审理。");
        DocumentView document = support.decide(
                ProcedureDocumentTypes.JURISDICTION_DECISION, row, text, BASIS + "、第九条", user.username());
        if (mapper.decideObjection(
                        objectionId,
                        o.version(),
                        upheld ? "UPHELD" : "DISMISSED",
                        today,
                        user.username(),
                        reasons,
                        competent,
                        document.id())
                == 0) {
            throw ConflictException.concurrentEdit("管辖异议");
        }
        support.record(
                row,
                ProcedureStep.OBJECTION_DECIDED,
                (upheld ? "管辖异议成立：" : "驳回管辖异议：") + reasons + "，" + document.number(),
                user.username(),
                "ARBITRATION_JURISDICTION");
        if (upheld) {
            if (awards.end(id, ArbitrationStatus.TRANSFERRED.name()) == 0) {
                throw ConflictException.concurrentEdit("仲裁案件 " + ArbitrationCaseStore.nameOf(row));
            }
            // every running period of this committee ends here; the receiving committee counts its own (§46(五))
            support.award().deadlines().all(id).stream()
                    .filter(d -> d.closedOn() == null)
                    .forEach(d -> deadlines.close(d.id(), d.version(), today));
            ending.end(row.processInstanceId(), ArbitrationEnding.Outcome.TRANSFERRED, "移送管辖");
            support.record(
                    row,
                    ProcedureStep.TRANSFERRED,
                    "本案移送" + competent + "处理，本会结案",
                    user.username(),
                    "ARBITRATION_JURISDICTION");
        }
    }
}
