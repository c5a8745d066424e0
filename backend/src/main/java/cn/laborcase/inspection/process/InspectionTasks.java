package cn.laborcase.inspection.process;

import cn.laborcase.organization.GroupIds;
import cn.laborcase.workflow.TaskGridMoves;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The engine side of a case that moved to another grid: its open tasks and the steps still to come follow. */
@Component
public class InspectionTasks {

    private final TaskGridMoves moves;

    InspectionTasks(TaskGridMoves moves) {
        this.moves = moves;
    }

    /** Open tasks offered to the old grid's inspectors go to the new grid's; later tasks use the new grid. */
    public void moveToGrid(String processInstanceId, String fromGrid, String toGrid) {
        moves.move(
                processInstanceId,
                fromGrid,
                toGrid,
                Set.of(GroupIds.gridInspectors(fromGrid)),
                GroupIds.gridInspectors(toGrid));
    }
}
