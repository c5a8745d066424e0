package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A clerk drafts a 受理通知书 from the 生成文书 form, issues it, and anyone checks it at /verify without logging in;
 * the administrator's page of types and number patterns. Screenshots for docs/documents.md.
 */
class DocumentsBrowserIT extends BrowserTestBase {

    @Test
    void aClerkDraftsAndIssuesANoticeAndAnyoneVerifiesIt() throws Exception {
        browser();
        Browser b = browser;

        b.login("clerk1", "Demo@2026");
        b.waitForHome();
        b.find("nav.mainnav a[href='/documents']").click();
        b.waitForPath("/documents");
        b.get("/documents/new?type=ACCEPTANCE_NOTICE");
        // the case is chosen from the complaints the clerk may act on (the demo office's), not typed
        new Select(b.find("#caseKey")).selectByIndex(1);
        b.find("#f-complainantName").sendKeys("李秀英");
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('f-complaintDate').value = '2026-03-02';");
        b.find("#f-respondentName").sendKeys("示范市东湖精工机械有限公司");
        b.find("#f-matter").sendKeys("拖欠2025年11月至2026年1月工资");
        b.find("#f-handler").sendKeys("张伟、刘洋");
        b.find("#f-handlerPhone").sendKeys("0571-87654321");
        b.find("#recipientName").sendKeys("李秀英");
        b.find("#recipientRole").sendKeys("投诉人");
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0)");
        b.screenshot("documents-new");
        b.find("#save-draft").click();
        b.waitForText(".flash", "已起草受理通知书");
        assertThat(b.text("h1")).contains("受理通知书").contains("草稿");
        b.screenshot("documents-draft");

        b.find("#issue").click();
        b.driver().switchTo().alert().accept();
        b.waitForText(".flash", "已签发：东湖劳监受字〔");
        String code =
                b.driver().findElement(By.cssSelector("a[href^='/verify/']")).getText();
        assertThat(code).matches("[0-9A-Z]{12}");
        assertThat(b.driver().findElements(By.id("issue"))).isEmpty();
        b.screenshot("documents-issued");
        b.logout();

        b.get("/verify/" + code);
        b.waitForText("#status", "该文书为有效文书");
        assertThat(b.text("#result")).contains("东湖劳监受字〔").contains("示范市东湖区劳动保障监察大队");
        b.screenshot("documents-verify");

        b.login("admin", "Demo@2026");
        b.waitForPath("/admin");
        b.get("/admin/documents?office=D1");
        b.find("#pattern-table");
        assertThat(b.text("#type-table")).contains("举报投诉登记表", "送达回证");
        b.screenshot("documents-admin");
        b.logout();
    }
}
