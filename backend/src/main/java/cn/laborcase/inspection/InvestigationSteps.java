package cn.laborcase.inspection;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.persistence.InspectorRow;
import cn.laborcase.inspection.persistence.WorkerRow;
import cn.laborcase.shared.ConflictException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The investigation and its two-person confirmation by a second inspector (docs/inspection.md). Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class InvestigationSteps {

    private final InspectionCaseStore store;
    private final InspectionCaseMapper mapper;
    private final CaseTimeline timeline;

    InvestigationSteps(InspectionCaseStore store, InspectionCaseMapper mapper, CaseTimeline timeline) {
        this.store = store;
        this.mapper = mapper;
        this.timeline = timeline;
    }

    /**
     * The investigation recorded by one of the case's inspectors, once every inspector declared no conflict; it
     * is complete only when a second inspector confirms it ({@link #confirmInvestigation}).
     */
    void recordInvestigation(long caseId, Investigation investigation, String actor) {
        InspectionCase c = store.lock(caseId);
        store.requireInspector(c, actor);
        List<String> undeclared = store.undeclaredInspectors(caseId);
        if (!undeclared.isEmpty()) {
            throw new ConflictException(
                    "NOT_DECLARED",
                    "监察案件" + c.number() + "的监察员"
                            + undeclared.stream().map(timeline::nameOf).collect(Collectors.joining("、"))
                            + "尚未作出回避声明，不能办理调查");
        }
        BigDecimal total = investigation.workers().isEmpty() ? c.amountOwed() : investigation.total();
        Integer workers = investigation.workers().isEmpty()
                ? c.workersAffected()
                : Integer.valueOf(investigation.workers().size());
        String facts =
                investigation.findings() == null || investigation.findings().isBlank()
                        ? null
                        : investigation.findings().strip();
        c.recordFindings(facts, total, workers);
        store.save(c);
        if (!investigation.workers().isEmpty()) {
            mapper.deleteWorkers(caseId);
            for (Investigation.WorkerOwed w : investigation.workers()) {
                mapper.insertWorker(new WorkerRow(null, caseId, w.name(), null, w.amount(), null, null, false));
            }
        }
        StringBuilder detail = new StringBuilder();
        if (investigation.inquiryNoticeSentOn() != null) {
            detail.append(investigation.inquiryNoticeSentOn()).append(" 送达询问通知书/调查询问书");
            if (investigation.replyBy() != null) {
                detail.append("，要求 ").append(investigation.replyBy()).append(" 前答复");
            }
            detail.append("；");
        }
        if (investigation.inquiryRecord() != null) {
            detail.append("制作询问笔录；");
        }
        if (investigation.siteRecord() != null) {
            detail.append("制作现场检查笔录；");
        }
        if (!investigation.workers().isEmpty()) {
            detail.append("核定")
                    .append(investigation.workers().size())
                    .append("名劳动者欠薪合计")
                    .append(total.toPlainString())
                    .append("元");
        }
        store.step(c, InspectionStep.INVESTIGATED, actor, detail.toString());
    }

    /** The second inspector confirms the investigation (two-person rule, docs/inspection.md), or returns it. */
    void confirmInvestigation(long caseId, String investigatedBy, boolean agree, String note, String actor) {
        InspectionCase c = store.lock(caseId);
        store.requireInspector(c, actor);
        if (actor.equals(investigatedBy)) {
            throw new ConflictException("SAME_INSPECTOR", "调查结果须由另一名承办监察员复核确认，记录调查的监察员不能自行确认");
        }
        store.step(
                c,
                agree ? InspectionStep.INVESTIGATION_CONFIRMED : InspectionStep.INVESTIGATION_RETURNED,
                actor,
                (agree ? "复核确认调查结果" : "退回补充调查") + store.suffix(note));
    }

    /** The case's partner for the two-person confirmation: an active, declared inspector other than {@code by}. */
    String partnerOf(long caseId, String by) {
        return mapper.inspectors(caseId).stream()
                .filter(i -> !i.recused() && !i.username().equals(by))
                .map(InspectorRow::username)
                .findFirst()
                .orElseThrow(() -> new ConflictException("NO_PARTNER", "监察案件没有可复核调查结果的第二名监察员"));
    }
}
