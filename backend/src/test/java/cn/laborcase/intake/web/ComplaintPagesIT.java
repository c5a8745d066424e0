package cn.laborcase.intake.web;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.PersonalData;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The intake desk's pages over real HTTP with a logged-in browser session: form, errors, list, complaint page. */
@IntegrationTest
class ComplaintPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    IntakeFixtures f;
    UserAgent clerk;
    String employer;

    @BeforeEach
    void setUp() {
        f = new IntakeFixtures(jdbc, users);
        clerk = UserAgent.loggedIn(port, f.clerk.username(), PASSWORD);
        employer = f.employer();
    }

    @Test
    void theFormAsksForEverythingInChinese() {
        HttpResponse<String> page = clerk.get("/complaints/new");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("登记举报投诉", "投诉人 / 举报人", "统一社会信用代码", "事实和请求", "欠薪逃匿")
                .contains("name=\"complainants[0].idNumber\"")
                .contains("hx-get=\"/complaints/validate\"")
                .contains("href=\"/complaints\"");
    }

    @Test
    void aWrongFormComesBackWithEachErrorNextToItsFieldAndNothingWritten() {
        long before = jdbc.queryForObject("select count(*) from complaint", Long.class);
        Map<String, String> form = validForm();
        form.put("complainants[0].idNumber", "110105194912310021");
        form.put("amountOwed", "-5");
        form.put("workersAffected", "三个");
        form.remove("category");

        HttpResponse<String> page = clerk.postForm("/complaints", form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("身份证号码校验位错误")
                .contains("拖欠金额不能为负数")
                .contains("涉及人数应为整数")
                .contains("请选择投诉事项类别")
                // what the clerk typed is still there
                .contains("value=\"110105194912310021\"")
                .contains(employer);
        assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aValidFormRegistersAndOpensTheComplaintPage() {
        Map<String, String> form = validForm();
        String idNumber = form.get("complainants[0].idNumber");

        HttpResponse<String> response = clerk.postForm("/complaints", form);

        assertThat(response.statusCode()).isEqualTo(302);
        String location = UserAgent.location(response);
        assertThat(location).matches("/complaints/\\d+");
        String page = clerk.get(location).body();
        assertThat(page)
                .contains(f.officeShortName + "投诉〔" + TestClock.get().today().getYear() + "〕")
                .contains("已登记")
                .contains("受理审查中")
                .contains("张小明")
                .contains(PersonalData.idNumber(idNumber))
                .doesNotContain(idNumber)
                .contains("办理过程", "登记", "分流", "受理审查")
                .contains("前作出是否受理的决定");
    }

    /**
     * Issue 9 items 14 and 15: the desk form takes each complainant's 职业, 工作单位 and consent to electronic service,
     * the employer's 法定代表人 and 职务 and the 投诉请求; the complaint page shows them.
     */
    @Test
    void theDeskRecordsConsentOccupationRepresentativeAndClaimsAndThePageShowsThem() {
        assertThat(clerk.get("/complaints/new").body())
                .contains("name=\"complainants[0].emailConsent\"", "同意电子送达")
                .contains("name=\"complainants[0].occupation\"", "name=\"complainants[0].workplace\"")
                .contains("name=\"employer.representative\"", "name=\"employer.representativeTitle\"")
                .contains("name=\"claims\"", "投诉请求");
        Map<String, String> form = validForm();
        form.put("complainants[0].email", "xiaoming@example.cn");
        form.put("complainants[0].emailConsent", "true");
        form.put("complainants[0].occupation", "砌筑工");
        form.put("complainants[0].workplace", "某建筑劳务队");
        form.put("employer.representative", "冯大成");
        form.put("employer.representativeTitle", "总经理");
        form.put("claims", "支付拖欠的两个月工资");

        HttpResponse<String> response = clerk.postForm("/complaints", form);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String page = clerk.get(UserAgent.location(response)).body();
        assertThat(page)
                .contains("支付拖欠的两个月工资")
                .contains("冯大成（总经理）")
                .contains("砌筑工，某建筑劳务队")
                .contains("电子送达（已签送达地址确认书）");
    }

    @Test
    void theDeskRefusesConsentWithoutAnAddressAndAComplaintWithoutClaims() {
        long before = jdbc.queryForObject("select count(*) from complaint", Long.class);
        Map<String, String> form = validForm();
        form.put("complainants[0].emailConsent", "true");
        form.put("claims", "");

        HttpResponse<String> page = clerk.postForm("/complaints", form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("已同意电子送达，请填写用于送达的电子邮箱")
                .contains("请填写投诉请求")
                .contains("data-field=\"complainants[0].email\"", "data-field=\"claims\"");
        assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aWorkerAskingOnlyForDoubleWagesIsToldToApplyForArbitrationOtherwiseInspectionActs() {
        Map<String, String> signContract = validForm();
        signContract.put("category", "NO_CONTRACT");
        signContract.put("workersAffected", "1");
        Map<String, String> doubleWagesOnly = validForm();
        doubleWagesOnly.put("category", "NO_CONTRACT");
        doubleWagesOnly.put("workersAffected", "1");
        doubleWagesOnly.put("onlyDoubleWages", "true");
        doubleWagesOnly.put("employer.creditCode", f.employer());

        String inspection = UserAgent.location(clerk.postForm("/complaints", signContract));
        String arbitration = UserAgent.location(clerk.postForm("/complaints", doubleWagesOnly));

        assertThat(clerk.get("/complaints/new").body()).contains("仅请求二倍工资", "name=\"onlyDoubleWages\"");
        assertThat(route(inspection)).isEqualTo("INSPECTION");
        assertThat(route(arbitration)).isEqualTo("REFER_TO_ARBITRATION");
    }

    private String route(String location) {
        return jdbc.queryForObject(
                "select route from complaint where id = ?", String.class, Long.parseLong(location.substring(12)));
    }

    @Test
    void theFieldCheckAnswersAsTheClerkTypes() {
        String bad = clerk.get("/complaints/validate?" + enc("complainants[2].idNumber") + "=110105194912310021")
                .body();
        String good = clerk.get("/complaints/validate?" + enc("complainants[2].idNumber") + "=11010519491231002X")
                .body();

        assertThat(bad).contains("field-error").contains("校验位错误");
        assertThat(good).contains("field-error").doesNotContain("错误");
    }

    @Test
    void typingARegisteredCreditCodeShowsTheEmployerFromTheRegistry() {
        String found = clerk.get("/complaints/employer?" + enc("employer.creditCode") + "=" + employer)
                .body();
        String unknown = clerk.get(
                        "/complaints/employer?" + enc("employer.creditCode") + "=" + IntakeFixtures.newCreditCode())
                .body();
        String wrong = clerk.get("/complaints/employer?" + enc("employer.creditCode") + "=91330199MA01000X00")
                .body();

        assertThat(found)
                .contains("已在用人单位名录中")
                .contains("测试网格")
                .doesNotContain(f.grid)
                .contains("测试用人单位");
        assertThat(unknown).contains("名录中没有该代码的单位").contains("name=\"employer.name\"");
        assertThat(wrong).contains("校验位错误");
    }

    @Test
    void theListShowsTheComplaintsOfTheUsersScope() {
        String location = UserAgent.location(clerk.postForm("/complaints", validForm()));
        String number = jdbc.queryForObject(
                "select number from complaint where id = ?", String.class, Long.parseLong(location.substring(12)));
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);

        String mine = clerk.get("/complaints").body();
        String theirs = UserAgent.loggedIn(port, elsewhere.inspector.username(), PASSWORD)
                .get("/complaints")
                .body();
        String filtered = clerk.get("/complaints?status=REFUSED").body();

        assertThat(mine).contains(number).contains("张*");
        assertThat(theirs).doesNotContain(number);
        assertThat(filtered).doesNotContain(number);
    }

    @Test
    void revealingOnThePageShowsTheFullNumberAndIsAudited() {
        Map<String, String> form = validForm();
        String location = UserAgent.location(clerk.postForm("/complaints", form));
        UserAgent inspector = UserAgent.loggedIn(port, f.inspector.username(), PASSWORD);
        String token = inspector.csrfToken(location);

        HttpResponse<String> page = inspector.postForm(location + "/reveal", Map.of("_csrf", token));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(form.get("complainants[0].idNumber"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and target_id = ?",
                        Long.class,
                        location.substring(12)))
                .isEqualTo(1);
    }

    @Test
    void theReviewTaskLinksToTheComplaint() {
        String location = UserAgent.location(clerk.postForm("/complaints", validForm()));
        String taskId = jdbc.queryForObject(
                "select id from wf_task where business_key = ? and status = 'OPEN'",
                String.class,
                location.substring(12));

        String page = UserAgent.loggedIn(port, f.inspector.username(), PASSWORD)
                .get("/tasks/" + taskId)
                .body();

        assertThat(page).contains("href=\"" + location + "\"").contains("受理审查").contains("审查决定");
    }

    @Test
    void theReviewTaskShowsTheComplaintWithMaskedPartiesOnlyTheChosenDecisionsFieldsAndAsksBeforeARefusal() {
        Map<String, String> form = validForm();
        form.put("workersAffected", "12");
        String location = UserAgent.location(clerk.postForm("/complaints", form));
        String taskId = jdbc.queryForObject(
                "select id from wf_task where business_key = ? and status = 'OPEN'",
                String.class,
                location.substring(12));
        String number = jdbc.queryForObject(
                "select number from complaint where id = ?", String.class, Long.valueOf(location.substring(12)));

        String page = UserAgent.loggedIn(port, f.inspector.username(), PASSWORD)
                .get("/tasks/" + taskId)
                .body();

        assertThat(page)
                .contains("id=\"case-summary\"", number, "事实和请求", "id=\"complainants-table\"")
                .doesNotContain(form.get("complainants[0].idNumber"))
                .doesNotContain(form.get("complainants[0].phone"));
        // only the fields of the decision chosen (app.js), and a confirmation before 不予受理
        assertThat(page)
                .contains("data-decision-field=\"variables[decision]\"")
                .contains("data-show-for=\"REFUSE\"")
                .contains("data-show-for=\"REFER\"")
                .contains("data-final-options=\"REFUSE\"")
                .contains("不予受理决定提交后即生效");
        // twelve workers: a collective matter, tagged 集体 in the inbox
        String inbox = UserAgent.loggedIn(port, f.inspector.username(), PASSWORD)
                .get("/inbox?sort=CREATED_DESC")
                .body();
        int row = inbox.indexOf("id=\"task-" + taskId + "\"");
        assertThat(row).isPositive();
        assertThat(inbox.substring(row, inbox.indexOf("</tr>", row)))
                .contains("集体")
                .doesNotContain("应急");
        // the clerk who registered it finds it under 我发起的 by its number, not its id
        assertThat(clerk.get("/inbox/started").body()).contains(number, "受理审查");
    }

    @Test
    void theNavigationLeadsIntakeStaffToTheComplaints() {
        assertThat(clerk.get("/inbox").body()).contains("href=\"/complaints\"");
        assertThat(UserAgent.loggedIn(port, "admin", PASSWORD).get("/admin").body())
                .doesNotContain("href=\"/complaints\"");
    }

    @Test
    void aDoubleClickedSubmitRegistersOnceAndShowsTheSameComplaint() {
        Map<String, String> form = validForm();
        String key = hiddenKey(clerk.get("/complaints/new").body());
        form.put("idempotencyKey", key);

        HttpResponse<String> first = clerk.postForm("/complaints", form);
        HttpResponse<String> second = clerk.postForm("/complaints", form);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(UserAgent.location(second)).isEqualTo(UserAgent.location(first));
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint c join employer e on e.id = c.employer_id "
                                + "where e.credit_code = ?",
                        Long.class,
                        employer))
                .isEqualTo(1);
        // every rendering of the form has a key of its own
        assertThat(hiddenKey(clerk.get("/complaints/new").body())).isNotEqualTo(key);
    }

    @Test
    void theDeskSeesWhichComplaintARegistrationWillBeMergedIntoBeforeConfirming() {
        String location = UserAgent.location(clerk.postForm("/complaints", validForm()));
        String number = jdbc.queryForObject(
                "select number from complaint where id = ?", String.class, Long.parseLong(location.substring(12)));
        String query = "/complaints/merge-preview?" + enc("employer.creditCode") + "=" + employer + "&category=";

        String same = clerk.get(query + "WAGE_ARREARS").body();
        String other = clerk.get(query + "SOCIAL_INSURANCE").body();
        IntakeFixtures elsewhere = new IntakeFixtures(jdbc, users);
        String stranger = UserAgent.loggedIn(port, elsewhere.clerk.username(), PASSWORD)
                .get(query + "WAGE_ARREARS")
                .body();

        assertThat(same).contains("id=\"merge-warning\"").contains("本件登记后将并入 " + number);
        assertThat(other).contains("id=\"merge-preview\"").doesNotContain("merge-warning");
        assertThat(stranger).contains("他局正在办理").doesNotContain(number);
    }

    @Test
    void theListFindsAWorkersComplaintsByHisIdNumber() {
        Map<String, String> form = validForm();
        String idNumber = form.get("complainants[0].idNumber");
        String location = UserAgent.location(clerk.postForm("/complaints", form));
        String number = jdbc.queryForObject(
                "select number from complaint where id = ?", String.class, Long.parseLong(location.substring(12)));

        String found = clerk.get("/complaints?idNumber=" + idNumber).body();
        String none =
                clerk.get("/complaints?idNumber=" + IntakeFixtures.idNumber()).body();
        String wrong = clerk.get("/complaints?idNumber=110105194912310021").body();

        assertThat(found).contains(number).contains("id=\"id-number-search\"").contains("共 1 件");
        assertThat(none).doesNotContain(number).contains("共 0 件");
        assertThat(wrong).contains("校验位错误");
    }

    private static String hiddenKey(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(m.find()).as("the form carries an idempotency key").isTrue();
        return m.group(1);
    }

    private Map<String, String> validForm() {
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", clerk.csrfToken("/complaints/new"));
        form.put("kind", "COMPLAINT");
        form.put("channel", "COUNTER");
        // the desk takes receipt times to the minute and refuses the future: an hour ago by the application's clock
        form.put(
                "receivedAt",
                java.time.LocalDateTime.ofInstant(
                                TestClock.get().instant().minus(java.time.Duration.ofHours(1)), BeijingTime.ZONE)
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        form.put("complainants[0].name", "张小明");
        form.put("complainants[0].idNumber", IntakeFixtures.idNumber());
        form.put("complainants[0].phone", IntakeFixtures.mobile());
        form.put("complainants[0].address", "东湖区某小区");
        form.put("complainants[1].name", "");
        form.put("complainants[1].idNumber", "");
        form.put("complainants[1].phone", "");
        form.put("employer.creditCode", employer);
        form.put("category", "WAGE_ARREARS");
        form.put("workersAffected", "3");
        form.put("amountOwed", "12000.00");
        form.put("violationStartedOn", TestClock.get().today().minusMonths(2).toString());
        form.put("description", "拖欠两个月工资");
        form.put("claims", "支付拖欠的工资12000元");
        return form;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
