package cn.laborcase.inspection.process;

import static cn.laborcase.inspection.process.InspectionCaseProcess.*;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.InspectionOutcome;
import cn.laborcase.inspection.Investigation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service tasks of inspection-case: each hands the step's form values to {@link InspectionCases} and sets the
 * flags the next gateway or timer reads. One short method per step, chosen by the element id.
 */
@Component("inspectionStepDelegate")
class InspectionStepDelegate implements JavaDelegate {

    private final InspectionCases cases;
    private final Deadlines deadlines;

    InspectionStepDelegate(InspectionCases cases, Deadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution x) {
        long caseId = ((Number) x.getVariable(CASE_ID)).longValue();
        String actor = Actors.of(x);
        switch (x.getCurrentActivityId()) {
            case REFUSE_FILING -> cases.refuseFiling(caseId, text(x, FILING_NOTE), actor);
            case FILE -> {
                long deadlineId = cases.file(caseId, x.getProcessInstanceId(), actor);
                deadlines.link(new DeadlineId(deadlineId), x.getProcessInstanceId(), DEADLINE_ELEMENTS);
                x.setVariable(DEADLINE_ID, deadlineId);
                if (Boolean.TRUE.equals(x.getVariable(NEEDS_FILING_APPROVAL))) {
                    x.setVariable(FILING_APPROVED_BY, actor);
                }
            }
            case RECORD_INSPECTORS ->
                cases.assignInspectors(caseId, InspectionFormRules.usernames(text(x, INSPECTORS)), actor);
            case CHECK_DECLARATIONS -> {
                x.setVariable(UNDECLARED, List.copyOf(cases.undeclaredInspectors(caseId)));
                x.setVariable(RECUSAL_PENDING, cases.recusalPending(caseId));
            }
            case RECORD_RECUSAL_REQUEST ->
                cases.requestRecusal(caseId, text(x, RECUSAL_OF), text(x, RECUSAL_REASON), actor);
            case RECORD_RECUSAL ->
                cases.decideRecusal(
                        caseId, "GRANT".equals(x.getVariable(RECUSAL_DECISION)), text(x, REPLACEMENT), actor);
            case RECORD_INVESTIGATION -> {
                cases.recordInvestigation(
                        caseId,
                        new Investigation(
                                date(x, INQUIRY_NOTICE_SENT_ON),
                                date(x, REPLY_BY),
                                text(x, INQUIRY_RECORD),
                                text(x, SITE_RECORD),
                                text(x, FINDINGS),
                                InspectionFormRules.workers(text(x, WORKERS))),
                        actor);
                x.setVariable(INVESTIGATED_BY, actor);
                x.setVariable(PARTNER, cases.partnerOf(caseId, actor));
            }
            case RECORD_CONFIRMATION ->
                cases.confirmInvestigation(
                        caseId,
                        text(x, INVESTIGATED_BY),
                        "AGREE".equals(x.getVariable(CONFIRM_DECISION)),
                        text(x, CONFIRM_NOTE),
                        actor);
            case CHOOSE_OUTCOME -> cases.chooseOutcome(caseId, InspectionOutcome.valueOf(text(x, OUTCOME)), actor);
            case ORDER_RECTIFICATION ->
                x.setVariable(RECTIFY_ENDS_AT, Date.from(cases.orderRectification(caseId, date(x, RECTIFY_BY), actor)));
            case RECORD_RECHECK -> {
                String escalation = text(x, ESCALATION);
                cases.recheckRectification(
                        caseId,
                        "YES".equals(x.getVariable(CORRECTED)),
                        escalation == null ? null : InspectionOutcome.valueOf(escalation),
                        text(x, RECHECK_NOTE),
                        actor);
            }
            case DECIDE_HANDLING ->
                x.setVariable(PAY_ENDS_AT, Date.from(cases.decideHandling(caseId, date(x, PAY_BY), actor)));
            case RECORD_PAYMENT_RECHECK ->
                cases.recheckPayment(caseId, "YES".equals(x.getVariable(PAID)), text(x, RECHECK_NOTE), actor);
            case RECORD_COMPENSATION ->
                cases.decideCompensation(caseId, ((Number) x.getVariable(COMPENSATION_PERCENT)).intValue(), actor);
            case NOTIFY_PENALTY -> x.setVariable(NOTICE_ENDS_AT, Date.from(cases.notifyPenalty(caseId, actor)));
            case NOTICE_PERIOD_ENDED -> cases.noticePeriodEnded(caseId);
            case RECORD_PARTY_RESPONSE ->
                cases.recordResponse(caseId, text(x, RESPONSE), text(x, RESPONSE_NOTE), actor);
            case RECORD_HEARING_SCHEDULE ->
                cases.scheduleHearing(caseId, text(x, HEARING_OFFICER), date(x, HEARING_ON), actor);
            case RECORD_HEARING -> cases.holdHearing(caseId, text(x, HEARING_RECORD), actor);
            case RECORD_PENALTY -> cases.decidePenalty(caseId, amount(x, PENALTY_AMOUNT), actor);
            case RECORD_WITHDRAWAL -> {
                cases.withdraw(
                        caseId, "APPROVE".equals(x.getVariable(WITHDRAWAL_DECISION)), text(x, WITHDRAWAL_NOTE), actor);
                x.setVariable(WITHDRAWAL_APPROVED_BY, actor);
            }
            case TRANSFER -> cases.transfer(caseId, text(x, DEPARTMENT), actor);
            case RECORD_CRIMINAL_DECISION ->
                x.setVariable(
                        CRIMINAL_APPROVED_ON,
                        cases.decideCriminalTransfer(
                                        caseId,
                                        "APPROVE".equals(x.getVariable(CRIMINAL_DECISION)),
                                        text(x, CRIMINAL_NOTE),
                                        actor)
                                .toString());
            case RECORD_POLICE_TRANSFER -> cases.recordPoliceTransfer(caseId, text(x, POLICE_NOTE), actor);
            case RECORD_CLOSING -> {
                if ("APPROVE".equals(x.getVariable(CLOSING_DECISION))) {
                    cases.close(caseId, actor);
                    x.setVariable(CLOSING_APPROVED_BY, actor);
                } else {
                    cases.returnToInvestigation(caseId, text(x, CLOSING_NOTE), actor);
                }
            }
            case RECORD_EXTENSION -> {
                if ("APPROVE".equals(x.getVariable(EXTENSION_DECISION))) {
                    var before = cases.get(caseId).dueDate();
                    var extended = cases.approveExtension(caseId, text(x, EXTENSION_REASON), actor);
                    x.setVariable(EXTENSION_APPROVED_BY, actor);
                    x.setVariable(EXTENSION_ORIGINAL_DUE, before.toString());
                    x.setVariable(EXTENSION_NEW_DUE, extended.dueDate().toString());
                } else {
                    cases.refuseExtension(caseId, text(x, EXTENSION_OPINION), actor);
                }
            }
            case REMIND -> cases.remind(caseId);
            case REPORT_OVERDUE -> cases.reportOverdue(caseId);
            default -> throw new IllegalStateException("no step for " + x.getCurrentActivityId());
        }
    }

    private static String text(DelegateExecution x, String name) {
        Object v = x.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    private static LocalDate date(DelegateExecution x, String name) {
        String v = text(x, name);
        return v == null ? null : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    }

    private static BigDecimal amount(DelegateExecution x, String name) {
        Object v = x.getVariable(name);
        return v == null ? null : new BigDecimal(v.toString());
    }
}
