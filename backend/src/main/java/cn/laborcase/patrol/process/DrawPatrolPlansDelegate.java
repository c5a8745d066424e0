package cn.laborcase.patrol.process;

import cn.laborcase.patrol.PatrolPlans;
import java.time.Clock;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** patrol-plan, Task_DrawPlans: draws the month's plan of every grid (Beijing time's month), once per grid. */
@Component("drawPatrolPlansDelegate")
class DrawPatrolPlansDelegate implements JavaDelegate {

    private final PatrolPlans plans;
    private final Clock clock;

    DrawPatrolPlansDelegate(PatrolPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.drawMonth(YearMonth.from(cn.laborcase.shared.BeijingTime.today(clock)));
    }
}
