package cn.laborcase.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.ArbitrationCaseView;
import cn.laborcase.arbitration.ArbitrationFixtures;
import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.documents.Documents;
import cn.laborcase.security.UserLookup;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The committee's 立案窗口 registers an application on the page, the director accepts it on the case page; the
 * 收件回执 and the 受理通知书 (parsed back with PDFBox) carry the receipt number, the case number and the award deadline.
 * Screenshots for docs/arbitration.md.
 */
class ArbitrationBrowserIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ArbitrationQueries queries;

    @Autowired
    Documents documents;

    @Test
    void aClerkRegistersTheDirectorAcceptsAndTheNoticesCarryTheNumberAndTheAwardDeadline() throws Exception {
        ArbitrationFixtures a = new ArbitrationFixtures(jdbc, users);
        Browser b = browser();
        b.resize(1366, 1000);

        b.login(a.clerk.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.get("/arbitration/applications/new");
        b.waitForText("h1", "登记仲裁申请");
        b.find("#applicantName0").sendKeys("李秀英");
        b.find("#applicantIdNumber0").sendKeys(ArbitrationFixtures.idNumber());
        b.find("#applicantPhone0").sendKeys("13800001234");
        b.find("#respondentCreditCode").sendKeys(ArbitrationFixtures.creditCode());
        b.find("#respondentName").sendKeys("示范市东湖恒信建筑工程有限公司");
        b.find("#respondentAddress").sendKeys("示范市东湖区滨江路8号");
        new Select(b.find("#claimType0")).selectByValue("WAGES");
        b.find("#claimAmount0").sendKeys("18600.00");
        b.find("#claimDescription0").sendKeys("支付2026年8月至10月工资");
        new Select(b.find("#claimType1")).selectByValue("SEVERANCE");
        b.find("#claimAmount1").sendKeys("36000");
        b.find("#claimDescription1").sendKeys("支付解除劳动合同经济补偿");
        b.screenshot("arbitration-new");
        b.find("#register-submit").click();
        b.waitForPath("/arbitration/cases/");
        b.waitForText("#case-status", "已收件");
        assertThat(b.text("#case-claims")).contains("终局").contains("非终局");
        b.screenshot("arbitration-registered");
        long id = Long.parseLong(b.path().replaceAll("\\D+", ""));
        b.logout();

        b.login(a.director.username(), ArbitrationFixtures.PASSWORD);
        b.waitForHome();
        b.get("/arbitration/cases/" + id);
        b.waitForText("#case-status", "已收件");
        b.find("#acceptance-submit").click();
        b.waitForText("#case-status", "已受理");
        b.screenshot("arbitration-accepted");

        ArbitrationCaseView c = queries.get(a.director, id);
        LocalDate award = c.deadlines().stream()
                .filter(d -> d.rule().equals("ARBITRATION_AWARD"))
                .findFirst()
                .orElseThrow()
                .dueDate();
        assertThat(b.text("#case-title")).contains(c.caseNumber());
        assertThat(text(c, "受理通知书")).contains(c.caseNumber()).contains(chinese(award));
        assertThat(text(c, "收件回执")).contains(c.receiptNumber()).contains("李秀英");

        b.get("/arbitration/cases");
        b.waitForText("#arbitration-cases", c.caseNumber());
        b.screenshot("arbitration-list");
    }

    private String text(ArbitrationCaseView c, String typeName) throws Exception {
        long documentId = c.documents().stream()
                .filter(d -> d.typeName().equals(typeName))
                .findFirst()
                .orElseThrow()
                .id();
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(documentId).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf).replaceAll("\\s+", "");
        }
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
