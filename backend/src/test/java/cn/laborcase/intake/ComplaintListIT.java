package cn.laborcase.intake;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.security.UserLookup;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import cn.laborcase.support.Workbooks;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The complaint list as a clerk searches, sorts, pages and exports it: exactly the rows of the search, within his
 * office, masked, every export journaled; a hostile sort, a page size out of bounds or a reversed date range is
 * refused (400 naming the field), never run.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintListIT {

    static final Pattern ROW_NUMBER = Pattern.compile("<a href=\"/complaints/\\d+\">([^<]+)</a>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    IntakeFixtures mine;
    IntakeFixtures other;
    String marker;
    String creditCode;
    String complainantName;
    String complainantPhone;
    List<String> myNumbers = new ArrayList<>();
    String otherNumber;
    UserAgent clerk;

    @BeforeAll
    void twoOfficesWithEmployersOfTheSameName() {
        mine = new IntakeFixtures(jdbc, users);
        other = new IntakeFixtures(jdbc, users);
        marker = "甲乙" + IntakeFixtures.unique().substring(0, 5);
        creditCode = mine.employer();
        String second = mine.employer();
        String third = mine.employer();
        String otherCode = other.employer();
        // three employers (one complaint each: complaints against one employer are merged) of similar names
        jdbc.update("update employer set name = ? where credit_code = ?", "东湖" + marker + "建筑有限公司", creditCode);
        jdbc.update("update employer set name = ? where credit_code = ?", "东湖" + marker + "劳务公司", second);
        jdbc.update("update employer set name = ? where credit_code = ?", "南湖" + marker + "餐饮店", third);
        jdbc.update("update employer set name = ? where credit_code = ?", "西山" + marker + "建筑有限公司", otherCode);
        complainantName = "欧阳" + marker.substring(2);
        complainantPhone = IntakeFixtures.mobile();
        myNumbers.add(register(
                mine, creditCode, new String[] {complainantName, IntakeFixtures.idNumber(), complainantPhone}));
        myNumbers.add(register(mine, second, IntakeFixtures.person("李四")));
        myNumbers.add(register(mine, third, IntakeFixtures.person("王五")));
        otherNumber = register(other, otherCode, IntakeFixtures.person("赵六"));
        clerk = UserAgent.loggedIn(port, mine.clerk.username(), PASSWORD);
    }

    @Test
    void findsByPartialEmployerNameOnlyInTheClerksOffice() {
        HttpResponse<String> page = clerk.get("/complaints?employer=" + enc(marker));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(numbers(page.body())).containsExactlyInAnyOrderElementsOf(myNumbers);
        assertThat(page.body()).doesNotContain(otherNumber).contains("id=\"export-xlsx\"");
    }

    @Test
    void findsByCreditCodeByComplainantNameOrPhoneAndByNumber() {
        assertThat(numbers(clerk.get("/complaints?employer=" + creditCode.toLowerCase())
                        .body()))
                .containsExactly(myNumbers.get(0));
        assertThat(numbers(clerk.get("/complaints?party=" + enc(complainantName.substring(0, 3)))
                        .body()))
                .containsExactly(myNumbers.get(0));
        assertThat(numbers(clerk.get("/complaints?party=" + complainantPhone).body()))
                .containsExactly(myNumbers.get(0));
        // a part of a phone number finds nobody: phones are searched whole
        assertThat(numbers(clerk.get("/complaints?party=" + complainantPhone.substring(0, 7))
                        .body()))
                .isEmpty();
        assertThat(numbers(clerk.get("/complaints?employer=" + enc(marker) + "&number="
                                + enc(myNumbers
                                        .get(1)
                                        .substring(myNumbers.get(1).indexOf('〕'))))
                        .body()))
                .containsExactly(myNumbers.get(1));
        // LIKE wildcards typed by the user are text, not wildcards
        assertThat(numbers(clerk.get("/complaints?employer=%25").body())).isEmpty();
        assertThat(numbers(clerk.get("/complaints?employer=_").body())).isEmpty();
    }

    @Test
    void exportsExactlyTheRowsOfTheSearchMaskedAndJournaled() {
        String today = jdbc.queryForObject("select cast(current_date as varchar(10))", String.class);
        long journaled = exportsJournaledBy(mine.clerk.username());
        HttpResponse<String> page = clerk.get("/complaints?employer=" + enc(marker) + "&sort=number&dir=asc");
        HttpResponse<byte[]> export =
                clerk.getBytes("/complaints/export?employer=" + enc(marker) + "&sort=number&dir=asc");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains(".xlsx");
        List<List<String>> rows = Workbooks.rows(export.body());
        assertThat(rows.get(0)).containsExactly("编号", "类型", "被投诉单位", "事项", "投诉人", "收到时间", "状态", "受理期限", "承办机构", "网格");
        List<String> exported =
                rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
        assertThat(exported).containsExactlyElementsOf(numbers(page.body())).hasSize(3);
        String all = rows.toString();
        assertThat(all)
                .doesNotContain(otherNumber)
                .doesNotContain(complainantName)
                .doesNotContain(complainantPhone);
        assertThat(all)
                .contains("欧*")
                .contains("测试监察大队")
                .doesNotContain(mine.office)
                .doesNotContain(mine.grid);
        assertThat(Workbooks.isDate(export.body(), 1, 5))
                .as("收到时间 is an Excel date")
                .isTrue();
        assertThat(rows.get(1).get(5)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(today).isNotBlank();

        assertThat(exportsJournaledBy(mine.clerk.username())).isEqualTo(journaled + 1);
        String summary = jdbc.queryForObject(
                "select summary from audit_entry where actor = ? and action = 'LIST_EXPORTED'"
                        + " order by occurred_at desc, id desc fetch first 1 rows only",
                String.class,
                mine.clerk.username());
        assertThat(summary).contains("举报投诉").contains("3 条").contains(marker);
    }

    @Test
    void anotherOfficesClerkExportsNoneOfTheseRows() {
        UserAgent outsider = UserAgent.loggedIn(port, other.clerk.username(), PASSWORD);
        HttpResponse<byte[]> export = outsider.getBytes("/complaints/export?employer=" + enc(marker));

        List<List<String>> rows = Workbooks.rows(export.body());
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList())
                .containsExactly(otherNumber);
    }

    @Test
    void sortsByWhitelistedKeysAndRefusesAnyOther() {
        List<String> ascending = numbers(clerk.get("/complaints?employer=" + enc(marker) + "&sort=number&dir=asc")
                .body());
        List<String> descending = numbers(clerk.get("/complaints?employer=" + enc(marker) + "&sort=number&dir=desc")
                .body());
        List<String> reversed = new ArrayList<>(descending);
        java.util.Collections.reverse(reversed);
        assertThat(ascending).hasSize(3).isEqualTo(reversed);
        assertThat(ascending).isEqualTo(List.of(myNumbers.get(0), myNumbers.get(1), myNumbers.get(2)));

        for (String hostile : List.of(
                "received_at;drop table complaint",
                "c.id",
                "(select 1)",
                "1",
                "number desc, (case when 1=1 then 1 end)")) {
            HttpResponse<String> refused = clerk.get("/complaints?sort=" + enc(hostile));
            assertThat(refused.statusCode()).as(hostile).isEqualTo(400);
            assertThat(refused.body()).contains("排序：此列表不能按所给的列排序");
            assertThat(clerk.getBytes("/complaints/export?sort=" + enc(hostile)).statusCode())
                    .isEqualTo(400);
        }
        assertThat(clerk.get("/complaints?sort=number&dir=sideways").statusCode())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from complaint", Long.class))
                .isPositive();
    }

    @Test
    void offersPageSizesOfTenToAHundredOnly() {
        assertThat(clerk.get("/complaints?size=10").statusCode()).isEqualTo(200);
        assertThat(clerk.get("/complaints?size=100").statusCode()).isEqualTo(200);
        for (String size : List.of("0", "-1", "7", "101", "1000", "abc")) {
            HttpResponse<String> refused = clerk.get("/complaints?size=" + size);
            assertThat(refused.statusCode()).as(size).isEqualTo(400);
            assertThat(refused.body()).contains("每页条数：只能是 10、20、50 或 100");
        }
        HttpResponse<String> tens = clerk.get("/complaints?employer=" + enc(marker) + "&size=10");
        assertThat(tens.body()).contains("每页").contains("aria-current=\"true\">10<");
    }

    @Test
    void aReversedDateRangeIsRefusedNamingTheFieldAndExportsNothing() {
        long journaled = exportsJournaledBy(mine.clerk.username());
        HttpResponse<String> page = clerk.get("/complaints?from=2026-03-10&to=2026-03-01");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("收到日期：结束日期不能早于开始日期").contains("data-field=\"to\"");

        HttpResponse<byte[]> export = clerk.getBytes("/complaints/export?from=2026-03-10&to=2026-03-01");
        assertThat(export.statusCode()).isEqualTo(400);
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("收到日期：结束日期不能早于开始日期");
        assertThat(exportsJournaledBy(mine.clerk.username())).isEqualTo(journaled);

        assertThat(clerk.get("/complaints?from=2026-13-01").body()).contains("收到日期（起）：日期格式应为");
    }

    @Test
    void theDateRangeIncludesBothDaysInBeijingTime() {
        String day = jdbc.queryForObject(
                "select cast(cast(received_at at time zone 'Asia/Shanghai' as date) as varchar(10)) from complaint"
                        + " where number = ?",
                String.class,
                myNumbers.get(0));
        assertThat(numbers(clerk.get("/complaints?employer=" + enc(marker) + "&from=" + day + "&to=" + day)
                        .body()))
                .containsExactlyInAnyOrderElementsOf(myNumbers);
    }

    long exportsJournaledBy(String username) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor = ? and action = 'LIST_EXPORTED'", Long.class, username);
    }

    String register(IntakeFixtures office, String code, String[] person) {
        HttpResponse<String> created = UserAgent.basic(port, office.clerk.username(), PASSWORD)
                .postJson(
                        "/api/complaints",
                        IntakeFixtures.json("COMPLAINT", code, "WAGE_ARREARS", 2, false, List.<String[]>of(person)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static List<String> numbers(String html) {
        int table = html.indexOf("id=\"complaints\"");
        List<String> numbers = new ArrayList<>();
        if (table < 0) {
            return numbers;
        }
        Matcher m = ROW_NUMBER.matcher(html.substring(table));
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
