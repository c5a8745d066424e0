package cn.laborcase.patrol;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.employer.EmployerMovedGrid;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.patrol.persistence.PatrolMapper;
import cn.laborcase.patrol.persistence.PatrolRows.GridRow;
import cn.laborcase.patrol.persistence.PatrolRows.ItemRow;
import cn.laborcase.workflow.TaskGridMoves;
import java.util.HashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An administrator moved an employer to another grid: its drawn patrols not yet recorded follow it. The new grid's
 * inspectors record them (any of them claims the task), the pair drawn in the old grid no longer sees them; the draw's
 * record stays as drawn. Delivered through the event publication registry after the move's commit, in a transaction of
 * its own, again after a failure.
 */
@Component
class PatrolsFollowEmployer {

    private final PatrolMapper mapper;
    private final TaskGridMoves tasks;
    private final OrganizationNames names;
    private final AuditJournal audit;

    PatrolsFollowEmployer(PatrolMapper mapper, TaskGridMoves tasks, OrganizationNames names, AuditJournal audit) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.names = names;
        this.audit = audit;
    }

    @ApplicationModuleListener(id = EmployerMovedGrid.PATROL_LISTENER)
    void on(EmployerMovedGrid moved) {
        GridRow to = mapper.findGrid(moved.toGridCode()).orElse(null);
        if (to == null) {
            return;
        }
        for (ItemRow item : mapper.openItemsOfEmployer(moved.employerId())) {
            if (to.code().equals(item.gridCode())) {
                continue;
            }
            String from = item.gridCode();
            if (mapper.moveItem(
                            item.id(), item.version(), to.code(), to.officeCode(), moved.movedBy(), moved.occurredAt())
                    != 1) {
                // recorded meanwhile: a recorded patrol stays where it was done
                continue;
            }
            Set<String> pair = new HashSet<>();
            if (item.inspector1() != null) {
                pair.add(GroupIds.staff(item.inspector1()));
            }
            if (item.inspector2() != null) {
                pair.add(GroupIds.staff(item.inspector2()));
            }
            if (item.moved()) {
                pair.add(GroupIds.gridInspectors(from));
            }
            tasks.move(item.processInstanceId(), from, to.code(), pair, GroupIds.gridInspectors(to.code()));
            // the administrator who moved the employer (this runs after his commit, outside his request)
            audit.recordAs(
                    moved.movedBy(),
                    "PATROL_MOVED_GRID",
                    "PATROL",
                    item.id(),
                    "巡视检查（" + item.employerName() + "）随用人单位由" + names.grid(from) + "移交" + names.grid(to.code())
                            + "，由该网格监察员检查",
                    "网格：" + names.grid(from),
                    "网格：" + names.grid(to.code()));
        }
    }
}
