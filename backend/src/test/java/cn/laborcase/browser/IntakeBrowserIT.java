package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.laborcase.documents.Documents;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.notification.MailAdministration;
import cn.laborcase.notification.ReceivedMail;
import cn.laborcase.support.TestClock;
import java.time.Duration;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Track 1 in a real browser: the desk registers a complaint on the Chinese form (checked as it is typed), the grid's
 * inspector accepts it from his inbox, and the 受理通知书 is issued for printing (the complainant gave an address but
 * no consent to electronic service, so nothing reaches the demo profile's GreenMail), its PDF reading as it should.
 */
class IntakeBrowserIT extends BrowserTestBase {

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailAdministration mail;

    @Test
    void theDeskRegistersAComplaintTheInspectorAcceptsItAndTheNoticeIsIssuedForPaperService() throws Exception {
        // the demo desk of 东湖 (clerk1) and the inspector of 东湖高新园 (G03, inspector3), on a G03 employer that the
        // demo complaints leave alone: the screenshots in docs/ show the demo city
        String employer = jdbc.queryForObject(
                "select e.credit_code from employer e join grid g on g.id = e.grid_id where g.code = 'G03' "
                        + "order by e.id fetch first 1 rows only",
                String.class);
        String idNumber = IntakeFixtures.idNumber();
        String email = "b" + IntakeFixtures.unique().toLowerCase() + "@example.cn";
        browser();
        Browser b = browser;

        b.login("clerk1", IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.find("a[href='/complaints']").click();
        b.find("#new-complaint").click();
        b.waitForPath("/complaints/new");

        // checked as it is typed: a wrong check digit is named next to the field
        var idField = b.find("input[name='complainants[0].idNumber']");
        idField.sendKeys(idNumber.substring(0, 17) + (idNumber.endsWith("1") ? "2" : "1"), Keys.TAB);
        b.waitForText("input[name='complainants[0].idNumber'] + .field-error", "校验位错误");
        idField.clear();
        idField.sendKeys(idNumber, Keys.TAB);
        b.find("input[name='complainants[0].name']").sendKeys("周小平");
        b.find("input[name='complainants[0].phone']").sendKeys(IntakeFixtures.mobile());
        b.find("input[name='complainants[0].email']").sendKeys(email);
        // 若干规定 §17: 职业 (工作单位 defaults to the employer); no 送达地址确认书: the box stays unticked
        b.find("input[name='complainants[0].occupation']").sendKeys("装配工");
        // the credit code brings the employer from the registry
        b.find("#creditCode").sendKeys(employer);
        b.waitForText("#employer-found", "东湖高新园网格"); // the grid by name, never G03 (issue 10)
        b.find("#employerRepresentative").sendKeys("钱卫东");
        b.find("#employerRepresentativeTitle").sendKeys("总经理");
        new Select(b.find("#category")).selectByValue("WAGE_ARREARS");
        b.find("#workersAffected").sendKeys("4");
        b.find("#amountOwed").sendKeys("18800.00");
        setValue(
                b, "#violationStartedOn", TestClock.get().today().minusMonths(3).toString());
        b.find("#description").sendKeys("三个月未发工资，共计18800元");
        b.find("#claims").sendKeys("要求支付拖欠的三个月工资18800元");
        // the people (职业, 工作单位, consent to electronic service) and the employer (法定代表人, 职务) in one picture,
        // the matter with the 投诉请求 in another
        ((JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('complainants').closest('section').scrollIntoView();");
        b.screenshot("intake-register");
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('claims').scrollIntoView(false);");
        b.screenshot("intake-register-claims");
        ((JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0);");
        b.find("#register").click();

        b.waitForText(".flash", "已登记");
        String complaintPage = b.path();
        assertThat(complaintPage).matches("/complaints/\\d+");
        String number = b.text("#complaint-title span");
        assertThat(number).startsWith("东湖投诉〔");
        assertThat(b.text("#complainants-table"))
                .contains("周小平", "装配工", "未同意电子送达，纸质送达")
                .doesNotContain(idNumber);
        assertThat(b.text("#claims")).contains("要求支付拖欠的三个月工资18800元");
        assertThat(b.text("#employer-representative")).isEqualTo("钱卫东（总经理）");
        assertThat(b.text("#timeline")).contains("登记", "分流", "受理审查");
        // the desk prints the 举报投诉登记表 as the receipt: issued in the background within seconds
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    b.get(complaintPage);
                    return b.text("#documents").contains("举报投诉登记表");
                });
        b.logout();

        b.login("inspector3", IntakeFixtures.PASSWORD);
        b.waitForHome();
        b.get("/inbox");
        b.findByText(number);
        b.driver()
                .findElement(By.xpath("//tr[contains(., '" + number + "')]//a[contains(@href, '/tasks/')]"))
                .click();
        b.waitForPath("/tasks/");
        assertThat(b.text("#case-link")).contains("查看案件详情");
        b.driver()
                .findElement(By.cssSelector("input[name='variables[decision]'][value='ACCEPT']"))
                .click();
        b.find("#comment").sendKeys("材料齐全，符合受理条件");
        b.screenshot("intake-review");
        b.find("#complete").click();
        b.waitForText(".flash", "已办结");

        // the notice is issued after the decision's transaction (async step). The complainant gave an e-mail address
        // but no 送达地址确认书 (民事诉讼法 §90): it is printed for direct or postal service, not e-mailed
        Long noticeId = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> jdbc
                                .queryForList(
                                        "select d.id from document d join complaint c"
                                                + " on d.case_id = cast(c.id as varchar(100))"
                                                + " where d.case_type = 'COMPLAINT' and c.number = ?"
                                                + " and d.type_code = 'ACCEPTANCE_NOTICE' and d.status = 'ISSUED'",
                                        Long.class,
                                        number)
                                .stream()
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        String text;
        try (PDDocument document = Loader.loadPDF(documents.pdf(noticeId).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document).replaceAll("\\s", "");
        }
        String employerName =
                jdbc.queryForObject("select name from employer where credit_code = ?", String.class, employer);
        assertThat(text)
                .contains("受理通知书", "周小平", employerName, "拖欠工资", "受理并立案", "示范市东湖区劳动保障监察大队")
                .contains(number);
        assertThat(noticeFor(email)).isEmpty();

        b.get(complaintPage);
        b.waitForText("#documents", "受理通知书");
        assertThat(b.text("#complaint-title")).contains("已受理立案");
        assertThat(b.text("#timeline")).contains("受理立案", "文书送达", "待打印送达");
        b.screenshot("intake-complaint");
        b.logout();
    }

    private Optional<ReceivedMail> noticeFor(String email) {
        return mail.received(500).stream()
                .filter(m -> m.mailbox().equalsIgnoreCase(email))
                .filter(m -> m.subject().contains("受理通知书"))
                .findFirst();
    }

    private static void setValue(Browser b, String css, String value) {
        ((JavascriptExecutor) b.driver())
                .executeScript("document.querySelector(arguments[0]).value = arguments[1];", css, value);
    }
}
