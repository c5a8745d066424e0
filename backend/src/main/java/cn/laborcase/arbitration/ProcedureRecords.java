package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.AwardMapper;
import cn.laborcase.arbitration.persistence.ProcedureDecisionRow;
import cn.laborcase.arbitration.persistence.ProcedureMapper;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads {@link ProcedureRecordView} for a case the user may see (404 otherwise). */
@Service
public class ProcedureRecords {

    private final ArbitrationCaseStore store;
    private final ProcedureMapper mapper;
    private final AwardMapper awards;
    private final ProcedureSupport support;
    private final CasePreparation preparation;
    private final Deadlines deadlines;

    ProcedureRecords(
            ArbitrationCaseStore store,
            ProcedureMapper mapper,
            AwardMapper awards,
            ProcedureSupport support,
            CasePreparation preparation,
            Deadlines deadlines) {
        this.store = store;
        this.mapper = mapper;
        this.awards = awards;
        this.support = support;
        this.preparation = preparation;
        this.deadlines = deadlines;
    }

    @Transactional(readOnly = true)
    public ProcedureRecordView get(CurrentUser user, long id) {
        ArbitrationCaseRow row = store.visible(user, id);
        List<ProcedureDecisionRow> decisions = mapper.procedureDecisions(id);
        String procedure = decisions.isEmpty()
                ? "ORDINARY"
                : decisions.get(decisions.size() - 1).procedureKind();
        boolean simple = procedure.equals("SIMPLE");
        List<TribunalMemberRow> tribunal = support.tribunal(id);
        boolean director = AwardCaseSupport.isDirector(user, row);
        boolean member = tribunal.stream().anyMatch(m -> m.username().equals(user.username()));
        boolean office = user.officeCode().equals(row.officeCode());
        boolean clerk = office && (user.has(Role.INTAKE_CLERK) || user.has(Role.HEARING_CLERK) || director);
        boolean composed = row.status().equals(ArbitrationStatus.TRIBUNAL_COMPOSED.name());
        boolean open = composed || row.status().equals(ArbitrationStatus.ACCEPTED.name());
        var challenges = mapper.challenges(id).stream()
                .map(c -> new ProcedureRecordView.Challenge(
                        c.id(),
                        c.memberKind(),
                        c.memberName(),
                        c.applicant(),
                        c.grounds(),
                        c.filedOn(),
                        c.learnedLate(),
                        dueDate(c.deadlineId()),
                        c.status(),
                        switch (c.status()) {
                            case "GRANTED" -> "准许回避";
                            case "REFUSED" -> "驳回申请";
                            default -> "待决定";
                        },
                        c.decidedOn(),
                        c.decisionReasons(),
                        c.replacement() == null ? null : support.nameOf(c.replacement()),
                        c.documentId(),
                        c.version(),
                        director
                                && composed
                                && c.status().equals("PENDING")
                                && !user.username().equals(c.memberUsername())))
                .toList();
        var objections = mapper.objections(id).stream()
                .map(o -> new ProcedureRecordView.Objection(
                        o.id(),
                        o.respondent(),
                        o.grounds(),
                        o.filedOn(),
                        o.status(),
                        switch (o.status()) {
                            case "UPHELD" -> "异议成立，移送管辖";
                            case "DISMISSED" -> "驳回异议";
                            default -> "待决定";
                        },
                        o.decidedOn(),
                        o.decisionReasons(),
                        o.competentCommittee(),
                        o.documentId(),
                        o.version()))
                .toList();
        var corrections = mapper.corrections(id).stream()
                .map(c -> new ProcedureRecordView.Correction(
                        c.awardId(),
                        c.origin(),
                        c.origin().equals("REQUEST") ? "当事人申请" : "仲裁庭自行补正",
                        c.requestedBy(),
                        c.requestedOn(),
                        c.kind(),
                        switch (c.kind()) {
                            case "CLERICAL" -> "文字错误";
                            case "CALCULATION" -> "计算错误";
                            default -> "遗漏的裁决事项";
                        },
                        c.outcome(),
                        c.outcome().equals("CORRECTED") ? "予以补正" : "不予补正",
                        c.content(),
                        c.decidedOn(),
                        c.documentId()))
                .toList();
        var awardOptions = awards.awards(id).stream()
                .map(a -> new ProcedureRecordView.Option(
                        a.id().toString(),
                        "仲裁裁决书（" + (a.finality().equals("FINAL") ? "终局" : "非终局") + "），" + a.awardedOn()))
                .toList();
        var tribunalOptions = tribunal.stream()
                .map(m -> new ProcedureRecordView.Option(m.username(), support.nameOf(m.username())))
                .toList();
        List<ProcedureRecordView.Option> arbitrators = director
                ? preparation.arbitrators(row.officeCode()).stream()
                        .map(a -> new ProcedureRecordView.Option(a.username(), a.displayName()))
                        .toList()
                : List.of();
        boolean pendingChallenge = challenges.stream().anyMatch(ProcedureRecordView.Challenge::decidableByUser);
        boolean pendingObjection = objections.stream().anyMatch(o -> o.status().equals("PENDING"));
        var actions = new ProcedureRecordView.Actions(
                clerk && composed,
                pendingChallenge,
                clerk && open && !pendingObjection,
                director && open && pendingObjection,
                director && open && decisions.isEmpty() && !row.collective(),
                (director || member) && open && simple,
                member && row.status().equals(ArbitrationStatus.AWARDED.name()) && !awardOptions.isEmpty());
        return new ProcedureRecordView(
                procedure,
                simple ? "简易处理" : (decisions.isEmpty() ? "一般程序" : "一般程序（由简易处理转入）"),
                decisions.stream()
                        .map(d -> new ProcedureRecordView.ProcedureDecision(
                                d.procedureKind(),
                                d.procedureKind().equals("SIMPLE") ? "简易处理" : "转为一般程序",
                                d.ground() == null
                                        ? null
                                        : switch (d.ground()) {
                                            case "CLEAR_FACTS" -> "事实清楚、权利义务关系明确、争议不大";
                                            case "SMALL_AMOUNT" -> "标的额不超过上年度职工年平均工资";
                                            default -> "双方当事人同意简易处理";
                                        },
                                d.reasons(),
                                d.decidedOn(),
                                d.documentId()))
                        .toList(),
                challenges,
                objections,
                corrections,
                tribunalOptions,
                arbitrators,
                awardOptions,
                support.parties(id).stream()
                        .map(p -> new ProcedureRecordView.Option(
                                p.name(), (p.kind().equals("APPLICANT") ? "申请人 " : "被申请人 ") + p.name()))
                        .toList(),
                support.parties(id).stream()
                        .filter(p -> p.kind().equals("RESPONDENT"))
                        .map(p -> new ProcedureRecordView.Option(p.name(), p.name()))
                        .toList(),
                actions);
    }

    private LocalDate dueDate(Long deadlineId) {
        return deadlineId == null
                ? null
                : deadlines.get(new DeadlineId(deadlineId)).dueDate();
    }
}
