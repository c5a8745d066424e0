package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.UserAgent;
import org.junit.jupiter.api.Test;

/**
 * 审理室与人员安排 in a real browser: the administrator opens a room's 修改 form, changes its capacity and saves; the
 * page shows the new figure and a success message.
 */
class HearingRoomsBrowserIT extends BrowserTestBase {

    @Test
    void theAdministratorEditsARoomOnThePage() throws Exception {
        Browser b = browser();
        b.login("admin", UserAgent.DEMO_PASSWORD);
        b.waitForPath("/admin");
        b.get("/admin/hearing-rooms");
        b.waitForText("h1", "审理室与人员安排");
        var summary = b.find("details[id^='edit-room-'] summary");
        summary.click();
        var form = b.find("details[open] form.edit-room");
        var capacity = form.findElement(org.openqa.selenium.By.cssSelector("input[name='capacity']"));
        capacity.clear();
        capacity.sendKeys("33");
        b.screenshot("hearing-rooms-edit");
        form.findElement(org.openqa.selenium.By.cssSelector("button[type='submit']"))
                .click();
        b.waitForText("body", "已保存审理室");
        assertThat(b.text("#rooms")).contains("33");
    }
}
