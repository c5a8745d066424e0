package cn.laborcase.inspection;

import cn.laborcase.employer.EmployerMovedGrid;
import cn.laborcase.intake.ComplaintAccepted;
import cn.laborcase.patrol.RoutineFindingReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules tell the inspection track, through the event publication registry (asynchronously after their
 * commit, each in a transaction of its own; a listener that fails is delivered again). The ids are the ones the
 * publishers fixed, so the events published before this track existed are delivered at its first start.
 */
@Component
class InspectionListeners {

    private final InspectionCases cases;

    InspectionListeners(InspectionCases cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener(id = ComplaintAccepted.INSPECTION_LISTENER)
    void on(ComplaintAccepted accepted) {
        cases.openFromComplaint(accepted);
    }

    @ApplicationModuleListener(id = RoutineFindingReported.INSPECTION_LISTENER)
    void on(RoutineFindingReported finding) {
        cases.openFromFinding(finding);
    }

    @ApplicationModuleListener(id = EmployerMovedGrid.INSPECTION_LISTENER)
    void on(EmployerMovedGrid moved) {
        cases.employerMoved(moved);
    }
}
