package cn.laborcase.inspection;

import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.inspection.process.InspectionCaseProcess;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * 立案 and 不予立案: the leader's decision on a proposed case, and the 60-working-day period (条例 §17) it opens.
 * Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class Filing {

    private final InspectionCaseStore store;
    private final Deadlines deadlines;

    Filing(InspectionCaseStore store, Deadlines deadlines) {
        this.store = store;
        this.deadlines = deadlines;
    }

    /**
     * 立案: the leader approved (or, for a complaint, the day of acceptance). Opens the 60-working-day period from the
     * day of 立案 (条例 §17) and copies its due date onto the case; the process's reminder and breach follow it.
     *
     * @return the deadline's id
     */
    long file(long caseId, String processInstanceId, String actor) {
        InspectionCase c = store.lock(caseId);
        LocalDate today = store.today();
        if (c.status() == InspectionStatus.FILING_PENDING) {
            c.file(today, actor);
            store.step(c, InspectionStep.FILED, actor, "批准立案，" + today + " 为立案之日");
        } else if (c.deadlineId() != null) {
            return c.deadlineId();
        } else {
            store.step(c, InspectionStep.FILED, actor, "投诉受理当日立案（25号令第十八条），立案日期 " + c.filedOn());
        }
        DeadlineView deadline = deadlines.open(new OpenDeadline(
                InspectionCases.DEADLINE_RULE,
                c.filedOn(),
                new DeadlineOwner(c.ref()),
                processInstanceId,
                InspectionCaseProcess.DEADLINE_ELEMENTS));
        c.deadline(deadline.id().value(), deadline.dueDate());
        store.save(c);
        return deadline.id().value();
    }

    /** The leader refused 立案 (不予立案), with his reason. */
    void refuseFiling(long caseId, String reason, String actor) {
        InspectionCase c = store.lock(caseId);
        c.refuseFiling();
        store.save(c);
        store.step(c, InspectionStep.FILING_REFUSED, actor, "不予立案" + store.suffix(reason));
    }
}
