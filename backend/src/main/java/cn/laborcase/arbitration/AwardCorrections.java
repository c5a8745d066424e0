package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.AwardMapper;
import cn.laborcase.arbitration.persistence.AwardRow;
import cn.laborcase.arbitration.persistence.CorrectionRow;
import cn.laborcase.arbitration.persistence.ProcedureMapper;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 补正裁决 (办案规则, the article on correcting the award: §54 by the 2017 table of contents, §53 in some sources; cited by name): the tribunal corrects, by a 决定书 served on the parties, a clerical or calculation error of
 * its award or an item it ruled on that the award left out — of its own motion or on a party's request; a request that
 * names no such error is refused in writing. The award's record keeps every correction beside the award.
 */
@Service
public class AwardCorrections {

    private final ProcedureSupport support;
    private final ProcedureMapper mapper;
    private final AwardMapper awards;
    private final Documents documents;

    AwardCorrections(ProcedureSupport support, ProcedureMapper mapper, AwardMapper awards, Documents documents) {
        this.support = support;
        this.mapper = mapper;
        this.awards = awards;
        this.documents = documents;
    }

    @Transactional
    public void correct(CurrentUser user, long id, AwardCorrectionRequest request) {
        AwardCorrectionRequest r =
                request == null ? new AwardCorrectionRequest(null, null, null, null, null, null, null) : request;
        ArbitrationCaseRow row = support.award().tribunalOf(user, id, "补正裁决书");
        ArbitrationCaseStore.require(row, "补正裁决书", ArbitrationStatus.AWARDED);
        List<FieldProblem> problems = new ArrayList<>();
        AwardRow award = awards.awards(id).stream()
                .filter(a -> r.awardId() != null && a.id().equals(r.awardId()))
                .findFirst()
                .orElse(null);
        if (award == null) {
            problems.add(new FieldProblem("awardId", "Unknown", "请选择要补正的本案仲裁裁决书"));
        }
        String origin = r.origin() == null || r.origin().isBlank()
                ? "EX_OFFICIO"
                : r.origin().strip();
        if (!origin.equals("REQUEST") && !origin.equals("EX_OFFICIO")) {
            problems.add(new FieldProblem("origin", "Choice", "请选择补正的来源：当事人申请或仲裁庭自行补正"));
        }
        String kind = r.kind() == null ? "" : r.kind().strip();
        if (!kind.equals("CLERICAL") && !kind.equals("CALCULATION") && !kind.equals("OMISSION")) {
            problems.add(new FieldProblem("kind", "Choice", "请选择补正的事项：文字错误、计算错误或遗漏的裁决事项"));
        }
        String outcome = r.outcome() == null || r.outcome().isBlank()
                ? "CORRECTED"
                : r.outcome().strip();
        if (!outcome.equals("CORRECTED") && !outcome.equals("REFUSED")) {
            problems.add(new FieldProblem("outcome", "Choice", "请选择决定：予以补正或不予补正"));
        }
        if (origin.equals("EX_OFFICIO") && outcome.equals("REFUSED")) {
            problems.add(new FieldProblem("outcome", "ExOfficio", "仲裁庭自行补正的，不能作出不予补正的决定"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String content =
                AwardCaseSupport.text("content", outcome.equals("CORRECTED") ? "补正内容" : "不予补正的理由", 2000, r.content());
        String requestedBy = null;
        LocalDate requestedOn = null;
        if (origin.equals("REQUEST")) {
            requestedBy = support.party("requestedBy", "申请补正的当事人", r.requestedBy(), id, null);
            requestedOn = support.award().day("requestedOn", "申请补正日期", r.requestedOn(), row);
            if (requestedOn.isBefore(award.awardedOn())) {
                throw new InvalidInputException("requestedOn", "BeforeAward", "申请补正日期不能早于裁决日期 " + award.awardedOn());
            }
        }
        String what =
                switch (kind) {
                    case "CLERICAL" -> "文字错误";
                    case "CALCULATION" -> "计算错误";
                    default -> "已经裁决但在裁决书中遗漏的事项";
                };
        DocumentView awardDocument = documents.get(award.documentId());
        String text = "本会于" + AwardPeriod.chinese(award.awardedOn()) + "作出的" + awardDocument.number() + "仲裁裁决书"
                + (origin.equals("REQUEST")
                        ? "，" + requestedBy + "于" + AwardPeriod.chinese(requestedOn) + "申请补正其中的" + what + "。"
                        : "存在" + what + "，仲裁庭自行补正。")
                + "\n" + (outcome.equals("CORRECTED") ? "现补正如下：" + content : "经审查，" + content + "，不属于应当补正的事项，决定不予补正。")
                + (outcome.equals("CORRECTED") ? "\n本决定书与原裁决书具有同等效力。" : "");
        DocumentView document = support.decide(
                ProcedureDocumentTypes.CORRECTION_DECISION, row, text, "《劳动人事争议仲裁办案规则》关于裁决书补正的规定", user.username());
        LocalDate today = support.award().today();
        mapper.insertCorrection(new CorrectionRow(
                null,
                id,
                award.id(),
                origin,
                requestedBy,
                requestedOn,
                kind,
                outcome,
                content,
                today,
                user.username(),
                document.id(),
                support.award().now()));
        support.record(
                row,
                ProcedureStep.AWARD_CORRECTED,
                (outcome.equals("CORRECTED") ? "补正" : "不予补正") + awardDocument.number() + "的" + what + "：" + content
                        + "，" + document.number(),
                user.username(),
                "ARBITRATION_AWARD_CORRECTED");
    }
}
