package cn.laborcase.inspection;

import cn.laborcase.cases.CaseEvents;
import cn.laborcase.cases.CaseTimeline;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The ways a case ends: 撤销立案, 移送 another department or the police, a return to the investigation, and 结案
 * (publishing {@link InspectionCaseClosed}). Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class Closing {

    private final InspectionCaseStore store;
    private final CaseTimeline timeline;
    private final CaseEvents events;

    Closing(InspectionCaseStore store, CaseTimeline timeline, CaseEvents events) {
        this.store = store;
        this.timeline = timeline;
        this.events = events;
    }

    /** 撤销立案, approved by the leader. */
    void withdraw(long caseId, boolean approved, String reason, String actor) {
        InspectionCase c = store.lock(caseId);
        if (!approved) {
            store.step(c, InspectionStep.INVESTIGATION_RETURNED, actor, "不同意撤销立案，继续调查" + store.suffix(reason));
            return;
        }
        c.withdraw(store.today(), actor);
        store.save(c);
        store.closeDeadline(c);
        store.step(c, InspectionStep.WITHDRAWN, actor, "批准撤销立案" + store.suffix(reason));
    }

    /** 移送 another department (案件移送书); then closing. */
    void transfer(long caseId, String department, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("移送", InspectionStatus.TRANSFERRING);
        store.step(c, InspectionStep.TRANSFERRED, actor, "移送" + (department == null ? "有关部门" : department));
        c.proposeClosing();
        store.save(c);
        store.step(c, InspectionStep.CLOSING_PROPOSED, actor, "移送后提请结案");
    }

    /** The head's decision on a suspected crime (国务院令第310号 §5: within 3 days). */
    LocalDate decideCriminalTransfer(long caseId, boolean approve, String note, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("决定是否移送公安机关", InspectionStatus.TRANSFERRING);
        if (approve) {
            store.step(
                    c,
                    InspectionStep.CRIMINAL_TRANSFER_DECIDED,
                    actor,
                    "批准移送公安机关，应在24小时内移送（国务院令第310号第八条）" + store.suffix(note));
        } else {
            c.backToInvestigation();
            store.save(c);
            store.step(c, InspectionStep.CRIMINAL_TRANSFER_DECIDED, actor, "不批准移送公安机关，继续调查处理" + store.suffix(note));
        }
        return store.today();
    }

    /** The transfer to the police was made (涉嫌犯罪案件移送书); then closing. */
    void recordPoliceTransfer(long caseId, String note, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("移送公安机关", InspectionStatus.TRANSFERRING);
        store.step(c, InspectionStep.CRIMINAL_TRANSFERRED, actor, "已移送公安机关" + store.suffix(note));
        c.proposeClosing();
        store.save(c);
        store.step(c, InspectionStep.CLOSING_PROPOSED, actor, "移送公安机关后提请结案");
    }

    /** Back to the investigation (a returned closing, a head who refused the transfer). */
    void returnToInvestigation(long caseId, String reason, String actor) {
        InspectionCase c = store.lock(caseId);
        c.backToInvestigation();
        store.save(c);
        store.step(c, InspectionStep.CLOSING_RETURNED, actor, "退回继续调查" + store.suffix(reason));
    }

    /** 结案 approved by the leader: the period's deadline closes, {@link InspectionCaseClosed} is published. */
    void close(long caseId, String actor) {
        InspectionCase c = store.lock(caseId);
        c.close(store.today(), actor);
        store.save(c);
        store.closeDeadline(c);
        store.step(
                c,
                InspectionStep.CLOSED,
                actor,
                "批准结案，处理结果：" + (c.outcome() == null ? "—" : c.outcome().label()));
        events.publish(new InspectionCaseClosed(
                c.id(),
                c.number(),
                c.employerId(),
                c.outcome() == null ? null : c.outcome().name(),
                c.outcome() == InspectionOutcome.PENALTY,
                c.outcome() == InspectionOutcome.CRIMINAL_TRANSFER,
                c.closedOn(),
                timeline.now()));
    }
}
