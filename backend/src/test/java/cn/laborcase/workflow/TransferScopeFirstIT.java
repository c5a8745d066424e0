package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 转办 to a name that does not exist is answered only after the task and the right to work it were checked: someone
 * who may not see the task cannot learn from the answer which usernames exist (issue 9 item 4).
 */
@IntegrationTest
class TransferScopeFirstIT {

    @Autowired
    TaskInbox inbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarter starter;

    @Autowired
    UserLookup users;

    WorkflowFixtures fixtures;
    String taskId;
    CurrentUser stranger;

    @BeforeEach
    void setUp() {
        fixtures = new WorkflowFixtures(jdbc, starter, users);
        String grid = fixtures.newGrid("D1");
        fixtures.newStaff("测试协管甲", Role.GRID_ASSISTANT, "D1", grid, "ASSISTANT");
        taskId = fixtures.openTask(fixtures.startReview(grid, "D1"));
        // an inspector of another office: he may not see the task at all
        stranger = fixtures.newStaff("测试外所", Role.INSPECTOR, "D2", fixtures.newGrid("D2"), "INSPECTOR");
    }

    @Test
    void answersAnUnknownAndAnExistingNameAlikeToSomeoneOutsideTheTasksScope() {
        assertThatThrownBy(() -> inbox.transfer(stranger, taskId, "nobody-" + WorkflowFixtures.unique(), "请协助"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inbox.transfer(stranger, taskId, "inspector1", "请协助"))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.row(taskId).get("assignee")).isNull();
        assertThat(fixtures.auditActions(taskId)).isEmpty();
    }
}
