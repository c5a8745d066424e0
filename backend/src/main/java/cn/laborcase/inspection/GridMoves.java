package cn.laborcase.inspection;

import cn.laborcase.employer.EmployerMovedGrid;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.persistence.InspectionCaseRow;
import cn.laborcase.inspection.process.InspectionTasks;
import cn.laborcase.organization.OrganizationNames;
import org.springframework.stereotype.Component;

/**
 * An employer moved to another grid: its open cases and their tasks follow. Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class GridMoves {

    private final InspectionCaseStore store;
    private final InspectionCaseMapper mapper;
    private final OrganizationNames names;
    private final InspectionTasks tasks;

    GridMoves(InspectionCaseStore store, InspectionCaseMapper mapper, OrganizationNames names, InspectionTasks tasks) {
        this.store = store;
        this.mapper = mapper;
        this.names = names;
        this.tasks = tasks;
    }

    /**
     * The employer moved to another grid: its open cases follow (grid, and their open tasks' candidate groups go
     * to the new grid's inspectors).
     *
     * @return the cases moved
     */
    int employerMoved(EmployerMovedGrid moved) {
        int count = 0;
        for (InspectionCaseRow row : mapper.openOfEmployer(moved.employerId())) {
            if (moved.toGridCode().equals(row.gridCode())) {
                continue;
            }
            InspectionCase c = store.lock(row.id());
            String from = c.gridCode();
            c.moveToGrid(moved.toGridCode());
            store.save(c);
            if (c.processInstanceId() != null) {
                tasks.moveToGrid(c.processInstanceId(), from, moved.toGridCode());
            }
            store.step(
                    c,
                    InspectionStep.GRID_MOVED,
                    moved.movedBy(),
                    "用人单位移至" + names.grid(moved.toGridCode()) + "，案件移交该网格监察员（原" + names.grid(from) + "）");
            count++;
        }
        return count;
    }
}
