package cn.laborcase.mediation.process;

import cn.laborcase.mediation.MediationDocuments;
import cn.laborcase.mediation.MediationWork;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks of mediation: each calls one step of the module by the task's id. */
@Component("mediationStepDelegate")
class MediationStepDelegate implements JavaDelegate {

    private final MediationWork work;
    private final MediationDocuments documents;

    MediationStepDelegate(MediationWork work, MediationDocuments documents) {
        this.work = work;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(MediationProcess.CASE_ID)).longValue();
        switch (execution.getCurrentActivityId()) {
            case MediationProcess.TASK_ISSUE_AGREEMENT -> documents.issueAgreement(caseId);
            case MediationProcess.TASK_ISSUE_TERMINATION -> documents.issueTermination(caseId);
            case MediationProcess.TASK_RECORD_FAILURE -> work.failed(caseId);
            case MediationProcess.TASK_REMIND_MEDIATOR -> work.remindDue(caseId);
            case MediationProcess.TASK_ISSUE_FAILURE_NOTICE -> documents.issueFailureNotice(caseId);
            default -> throw new IllegalStateException("no step for " + execution.getCurrentActivityId());
        }
    }
}
