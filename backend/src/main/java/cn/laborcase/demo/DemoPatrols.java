package cn.laborcase.demo;

import cn.laborcase.patrol.ChecklistTopic;
import cn.laborcase.patrol.PatrolItemView;
import cn.laborcase.patrol.PatrolPlanView;
import cn.laborcase.patrol.PatrolPlans;
import cn.laborcase.patrol.PatrolRecordRequest;
import cn.laborcase.patrol.PatrolRecords;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * This month's patrol plan of G01 (东湖), drawn by 李明 as a leader would by hand, its tasks in 张伟's and 刘洋's
 * inboxes, and one patrol recorded by 张伟 (no violation), so the plan page, the home panel 本月巡视任务 and the public
 * listing show a plan at work. Through the patrol services, as people would.
 */
@Component
class DemoPatrols {

    private final PatrolPlans plans;
    private final PatrolRecords records;
    private final UserLookup users;
    private final Clock clock;

    DemoPatrols(PatrolPlans plans, PatrolRecords records, UserLookup users, Clock clock) {
        this.plans = plans;
        this.records = records;
        this.users = users;
        this.clock = clock;
    }

    void load() {
        CurrentUser leader = users.findActive("leader1").orElseThrow();
        CurrentUser inspector = users.findActive("inspector1").orElseThrow();
        PatrolPlanView plan = plans.start(leader, "G01", plans.currentMonth());
        PatrolItemView first = plan.items().stream()
                .filter(i -> i.inspectors().contains(inspector.username()))
                .findFirst()
                .orElse(null);
        if (first == null) {
            return;
        }
        Map<String, String> checks = new HashMap<>();
        for (ChecklistTopic t : ChecklistTopic.values()) {
            checks.put(t.name(), t == ChecklistTopic.MIGRANT_WAGES ? "NOT_APPLICABLE" : "COMPLIANT");
        }
        records.record(
                inspector,
                first.id(),
                new PatrolRecordRequest(
                        checks,
                        "NO_VIOLATION",
                        BeijingTime.today(clock).toString(),
                        "查阅劳动合同、工资台账及考勤记录，未发现违法行为",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }
}
