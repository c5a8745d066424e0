package cn.laborcase.demo;

import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.inspection.InspectionCases;
import cn.laborcase.inspection.NewInspectionCase;
import cn.laborcase.patrol.RoutineFindingReported;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.workflow.TaskInbox;
import cn.laborcase.workflow.TaskView;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A few inspection cases in G01 (东湖), built through the inspection track's services and its process as people
 * would: one just opened from a patrol finding (立案审批 in 李明's inbox), one under investigation (调查取证 for 张伟
 * and 刘洋), one awaiting closing approval (移送 done, 结案审批 with 李明) and one whose period the 局长 extended.
 */
@Component
class DemoInspectionCases {

    private final InspectionCases cases;
    private final TaskInbox inbox;
    private final EmployerRegistry employers;
    private final UserLookup users;
    private final Clock clock;

    DemoInspectionCases(
            InspectionCases cases, TaskInbox inbox, EmployerRegistry employers, UserLookup users, Clock clock) {
        this.cases = cases;
        this.inbox = inbox;
        this.employers = employers;
        this.users = users;
        this.clock = clock;
    }

    void load() {
        List<EmployerView> g01 = employers.inGrid("G01");
        CurrentUser leader = user("leader1");
        CurrentUser inspector = user("inspector1");
        CurrentUser partner = user("inspector2");
        CurrentUser chief = user("chief");

        // just opened: a patrol finding waits for the leader's 立案 approval
        cases.openFromFinding(new RoutineFindingReported(
                RoutineFindingReported.PATROL,
                1L,
                "日常巡视检查 第1号",
                g01.get(1).id(),
                "D1",
                "G01",
                List.of("inspector1", "inspector2"),
                "巡视发现该单位未建立职工工资支付台账，部分职工反映工资迟发两个月",
                List.of("工资支付及工资台账"),
                new BigDecimal("36000.00"),
                6,
                "inspector1",
                clock.instant()));

        // under investigation
        long investigating = cases.propose(
                leader,
                new NewInspectionCase(
                        "INSTRUCTION",
                        g01.get(2).creditCode(),
                        "局长批示",
                        "群众来信反映该单位拖欠农民工工资，要求核查",
                        new BigDecimal("52000.00"),
                        9));
        approveAndAssign(investigating, leader, inspector, partner);

        // awaiting closing approval: investigated, confirmed, transferred
        long closing = cases.propose(
                leader,
                new NewInspectionCase(
                        "REFERRAL", g01.get(3).creditCode(), "区住房和城乡建设局移送函", "住建局移送：工地未按规定设立农民工工资专用账户", null, null));
        approveAndAssign(closing, leader, inspector, partner);
        complete(
                closing,
                "Task_Investigate",
                inspector,
                Map.of(
                        "action", "RECORD",
                        "inquiryRecord", "项目负责人承认未开设工资专用账户",
                        "siteRecord", "现场查看实名制考勤记录",
                        "findings", "未开设农民工工资专用账户，属住建部门监管事项",
                        "outcome", "TRANSFERRED",
                        "department", "区住房和城乡建设局"));
        complete(closing, "Task_ConfirmInvestigation", partner, Map.of("confirmDecision", "AGREE"));

        // extended by the 局长
        long extended = cases.propose(
                leader,
                new NewInspectionCase(
                        "INSTRUCTION",
                        g01.get(4).creditCode(),
                        "领导交办",
                        "涉及多个分包单位的欠薪线索，需逐一核查",
                        new BigDecimal("180000.00"),
                        35));
        approveAndAssign(extended, leader, inspector, partner);
        cases.extend(chief, extended, "涉及多个分包单位，人数众多，情况复杂");
    }

    private void approveAndAssign(long caseId, CurrentUser leader, CurrentUser inspector, CurrentUser partner) {
        complete(caseId, "Task_ApproveFiling", leader, Map.of("filingDecision", "APPROVE"));
        complete(caseId, "Task_AssignInspectors", leader, Map.of("inspectors", "inspector1,inspector2"));
        complete(caseId, "Task_Declare", inspector, Map.of("conflict", "NONE"));
        complete(caseId, "Task_Declare", partner, Map.of("conflict", "NONE"));
    }

    private void complete(long caseId, String key, CurrentUser user, Map<String, Object> values) {
        String pid = cases.get(caseId).processInstanceId();
        TaskView task = inbox.openTasks(pid).stream()
                .filter(t -> t.taskDefinitionKey().equals(key))
                .filter(t -> t.assignee() == null || t.assignee().equals(user.username()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no open " + key + " for " + user.username()));
        inbox.complete(user, task.id(), null, new HashMap<>(values));
    }

    private CurrentUser user(String username) {
        return users.findActive(username).orElseThrow();
    }
}
