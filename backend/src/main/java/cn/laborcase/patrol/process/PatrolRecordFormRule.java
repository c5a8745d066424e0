package cn.laborcase.patrol.process;

import cn.laborcase.patrol.PatrolPlans;
import cn.laborcase.patrol.PatrolRecords;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.workflow.TaskFormRule;
import cn.laborcase.workflow.TaskView;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * patrol-record, Task_RecordPatrol: the task ends when the patrol is recorded on its page (which completes it); done
 * by hand from the task page it would end without a record, so it is refused with where to go.
 */
@Component
class PatrolRecordFormRule implements TaskFormRule {

    private final PatrolRecords records;

    PatrolRecordFormRule(PatrolRecords records) {
        this.records = records;
    }

    @Override
    public Set<String> formIds() {
        return Set.of("patrol-record");
    }

    @Override
    public List<FieldProblem> check(TaskView task, Map<String, Object> values) {
        long itemId;
        try {
            itemId = PatrolPlans.itemIdOf(task.businessKey());
        } catch (NumberFormatException e) {
            return List.of();
        }
        return records.isRecorded(itemId)
                ? List.of()
                : List.of(new FieldProblem("patrol", "NotRecorded", "请先在巡视检查页面登记检查结果，登记后本任务自动办结"));
    }
}
