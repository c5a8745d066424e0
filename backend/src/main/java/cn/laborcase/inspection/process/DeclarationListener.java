package cn.laborcase.inspection.process;

import cn.laborcase.inspection.InspectionCases;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_Declare (one per inspector): records his 回避声明 as he completes it. */
@Component("inspectionDeclarationListener")
class DeclarationListener implements TaskListener {

    private final InspectionCases cases;

    DeclarationListener(InspectionCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = ((Number) task.getVariable(InspectionCaseProcess.CASE_ID)).longValue();
        Object declarant = task.getVariable(InspectionCaseProcess.DECLARANT);
        Object note = task.getVariable(InspectionCaseProcess.DECLARATION_NOTE);
        cases.declare(
                caseId,
                declarant.toString(),
                "CONFLICT".equals(task.getVariable(InspectionCaseProcess.CONFLICT)),
                note == null ? null : note.toString());
    }
}
