package cn.laborcase.intake.web;

import cn.laborcase.intake.process.ComplaintIntakeProcess;
import cn.laborcase.workflow.CaseLink;
import org.springframework.stereotype.Component;

/** The tasks of complaint-intake link to the complaint page (the business key is the complaint id). */
@Component
class ComplaintCaseLink implements CaseLink {

    @Override
    public String processKey() {
        return ComplaintIntakeProcess.KEY;
    }

    @Override
    public String href(String businessKey) {
        return "/complaints/" + businessKey;
    }
}
