package cn.laborcase.patrol.web;

import cn.laborcase.patrol.PatrolPlans;
import cn.laborcase.workflow.CaseLink;
import org.springframework.stereotype.Component;

/** The patrol tasks (patrol-record) link to the patrol's page, where it is recorded; the business key is its id. */
@Component
class PatrolCaseLink implements CaseLink {

    @Override
    public String processKey() {
        return PatrolPlans.PATROL_PROCESS;
    }

    @Override
    public String href(String businessKey) {
        try {
            return "/patrols/" + PatrolPlans.itemIdOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The task's title names the patrol (2026年12月巡视检查 第3号 and the employer); no number beside it. */
    @Override
    public String caseNumber(String businessKey) {
        return null;
    }
}
