package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.organization.Role;
import cn.laborcase.patrol.PatrolFixtures;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The patrol plan as a leader uses it at 1366×768: draws his grid's month by hand, reads who and what was drawn and
 * why, and re-runs the draw from its recorded seed; the screenshot docs/screenshots/patrol-plan.png.
 */
class PatrolBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Test
    void aLeaderDrawsTheMonthsPlanAndReRunsTheDrawToTheSameResult() throws Exception {
        PatrolFixtures fixtures = new PatrolFixtures(jdbc, users);
        String grid = fixtures.newGrid();
        jdbc.update("update grid set name = '东湖街道第三网格' where code = ?", grid);
        fixtures.newStaff("周明", Role.INSPECTOR, grid);
        fixtures.newStaff("吴芳", Role.INSPECTOR, grid);
        fixtures.newStaff("郑强", Role.INSPECTOR, grid);
        CurrentUser leader = fixtures.newStaff("陈大队长", Role.SECTION_LEADER, null);
        fixtures.newEmployer(grid, "东湖建筑劳务有限公司", "C", true);
        String[] names = {
            "明珠餐饮管理有限公司", "华新电子科技有限公司", "顺达物流有限公司", "恒泰纺织有限公司", "瑞丰食品有限公司", "金桥物业服务有限公司", "新城保洁服务有限公司", "康宁医药连锁有限公司"
        };
        for (int i = 0; i < names.length; i++) {
            fixtures.newEmployer(grid, names[i], i % 3 == 0 ? "A" : i % 3 == 1 ? "B" : "C", false);
        }
        browser();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.login(leader.username(), "Demo@2026");
        browser.waitForHome();
        browser.get("/patrol-plans?grid=" + grid);
        browser.find("#start-plan-button").click();
        browser.waitForText("#plan-draw", "随机种子");

        assertThat(browser.text("#started-by")).isEqualTo("陈大队长");
        assertThat(browser.text("#pool")).contains("周明", "吴芳", "郑强");
        assertThat(browser.text("#plan-items")).contains("东湖建筑劳务有限公司", "重点监控");
        browser.screenshot("patrol-plan");

        browser.find("#rerun").click();
        browser.waitForText("#audit-result", "完全一致");
        assertThat(browser.text("#audit-lines")).contains("东湖建筑劳务有限公司");
    }
}
