package cn.laborcase.employer;

import static cn.laborcase.intake.IntakeFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CSV import with hostile files: every bad row reported with its row, field and reason while the good rows are
 * registered; a file that is not UTF-8, has the wrong header or is too large refused as a whole; a crash in the middle
 * (the database refusing one row) leaves nothing of the import behind.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployerImportIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    ObjectMapper json;

    @Autowired
    EmployerImport imports;

    IntakeFixtures mine;
    IntakeFixtures other;
    String marker;

    @BeforeAll
    void offices() {
        mine = new IntakeFixtures(jdbc, users);
        other = new IntakeFixtures(jdbc, users);
        marker = "导" + IntakeFixtures.unique().substring(0, 5);
    }

    /** A road of its own, without digits (a digit ends the road name in an address). */
    static String road() {
        String chars = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            b.append(chars.charAt(r.nextInt(chars.length())));
        }
        return b + "路";
    }

    String row(String code, String name, String address, String grid, String employees) {
        return String.join(",", code, name, address, "", grid, "赵法人", "制造业", employees);
    }

    @Test
    void reportsEachBadRowAndImportsTheGoodOnes() throws Exception {
        String registered = mine.employer();
        String road = road();
        jdbc.update("update employer set address = ? where credit_code = ?", "示范市" + road + "3号", registered);
        String good1 = IntakeFixtures.newCreditCode();
        String good2 = IntakeFixtures.newCreditCode();
        String placed = IntakeFixtures.newCreditCode();
        String dupInFile = IntakeFixtures.newCreditCode();
        String csv = "\uFEFF" + EmployerImport.HEADER + "\r\n"
                + row(good1, marker + "甲有限公司", "", mine.grid, "12") + "\r\n" // row 2
                + row("91330199MC00000000", marker + "坏代码", "", mine.grid, "1") + "\r\n" // 3: check character
                + row(IntakeFixtures.newCreditCode(), marker + "无网格", "", "GZZZZ", "1") + "\r\n" // 4: unknown grid
                + row(registered, marker + "已登记", "", mine.grid, "1") + "\r\n" // 5: already registered
                + row(dupInFile, marker + "乙有限公司", "", mine.grid, "3") + "\r\n" // 6: good
                + row(dupInFile, marker + "乙重复", "", mine.grid, "3") + "\r\n" // 7: duplicate of row 6
                + row(IntakeFixtures.newCreditCode(), "", "", mine.grid, "1") + "\r\n" // 8: missing name
                + row(IntakeFixtures.newCreditCode(), marker + "负数", "", mine.grid, "-4") + "\r\n" // 9
                + row(IntakeFixtures.newCreditCode(), marker + "非数", "", mine.grid, "二十") + "\r\n" // 10
                + row(IntakeFixtures.newCreditCode(), marker + "控制\u0007字符", "", mine.grid, "1") + "\r\n" // 11
                + "\"" + IntakeFixtures.newCreditCode() + "\",\"" + marker + "多列\",x\r\n" // 12: columns
                + row(good2, "\"" + marker + "丙, \"\"引号\"\"有限公司\"", "", mine.grid, "") + "\r\n" // 13: good, quoted
                + row(placed, marker + "按路有限公司", "示范市" + road + "5号", "", "8") + "\r\n" // 14: placed
                + row(IntakeFixtures.newCreditCode(), marker + "外局", "", other.grid, "1") + "\r\n"; // 15: not his
        HttpResponse<String> r = new EmployerHttp(port, mine.leader.username(), PASSWORD).csv(csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Map<?, ?> report = json.readValue(r.body(), Map.class);
        List<?> rejected = (List<?>) report.get("rejected");
        assertThat(rejected.stream()
                        .map(o -> (Map<?, ?>) o)
                        .map(m -> m.get("row") + ":" + m.get("field"))
                        .toList())
                .containsExactly(
                        "3:creditCode",
                        "4:gridCode",
                        "5:creditCode",
                        "7:creditCode",
                        "8:name",
                        "9:employeeCount",
                        "10:employeeCount",
                        "11:name",
                        "12:row",
                        "15:gridCode");
        assertThat(report.get("accepted")).isEqualTo(4);
        assertThat(r.body()).contains("与第 6 行的统一社会信用代码重复", "已登记", "职工人数不能为负数");
        assertThat(jdbc.queryForList(
                        "select credit_code from employer where name like ? order by credit_code",
                        String.class,
                        marker + "%"))
                .containsExactlyInAnyOrder(good1, dupInFile, good2, placed);
        assertThat(jdbc.queryForObject("select name from employer where credit_code = ?", String.class, good2))
                .isEqualTo(marker + "丙, \"引号\"有限公司");
        assertThat(jdbc.queryForObject(
                        "select g.code from employer e join grid g on g.id = e.grid_id where e.credit_code = ?",
                        String.class,
                        placed))
                .isEqualTo(mine.grid);
        assertThat(jdbc.queryForObject("select search_key from employer where credit_code = ?", String.class, good1))
                .isEqualTo(marker + "甲公司");
    }

    @Test
    void refusesAFileThatIsNotUtf8HasAWrongHeaderOrIsTooLarge() {
        CurrentUser leader = mine.leader;
        byte[] gbk = (EmployerImport.HEADER + "\n" + row(IntakeFixtures.newCreditCode(), "某某有限公司", "", mine.grid, "1"))
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> imports.importCsv(leader, gbk))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("UTF-8"));
        assertThatThrownBy(() -> imports.importCsv(leader, "name,creditCode\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("表头"));
        assertThatThrownBy(() -> imports.importCsv(leader, new byte[0])).isInstanceOf(InvalidInputException.class);
        byte[] huge = new byte[imports.maxBytes() + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> imports.importCsv(leader, huge))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("文件过大"));
        HttpResponse<String> overHttp = new EmployerHttp(port, leader.username(), PASSWORD)
                .send("POST", "/api/employers/import", "text/csv", huge);
        assertThat(overHttp.statusCode()).isEqualTo(400);
        assertThat(overHttp.body()).contains("文件过大");
        assertThatThrownBy(
                        () -> imports.importCsv(mine.inspector, EmployerImport.HEADER.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCrashInTheMiddleLeavesNothingOfTheImport() {
        String first = IntakeFixtures.newCreditCode();
        String crash = IntakeFixtures.newCreditCode();
        String last = IntakeFixtures.newCreditCode();
        String csv = EmployerImport.HEADER + "\n"
                + row(first, marker + "崩溃前有限公司", "", mine.grid, "1") + "\n"
                + row(crash, marker + "崩溃有限公司", "", mine.grid, "1") + "\n"
                + row(last, marker + "崩溃后有限公司", "", mine.grid, "1") + "\n";
        // the database refuses the second row as a full disk or a lost connection would
        jdbc.execute("create or replace function lc_employer_crash() returns trigger language plpgsql as $$ begin "
                + "if new.credit_code = '" + crash + "' then raise exception 'simulated crash'; end if; "
                + "return new; end $$");
        jdbc.execute("create trigger lc_employer_crash_tr before insert on employer for each row "
                + "execute function lc_employer_crash()");
        try {
            HttpResponse<String> r = new EmployerHttp(port, mine.leader.username(), PASSWORD).csv(csv);
            assertThat(r.statusCode()).isEqualTo(500);
        } finally {
            jdbc.execute("drop trigger lc_employer_crash_tr on employer");
            jdbc.execute("drop function lc_employer_crash()");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer where credit_code in (?, ?, ?)",
                        Integer.class,
                        first,
                        crash,
                        last))
                .isZero();
        HttpResponse<String> again = new EmployerHttp(port, mine.leader.username(), PASSWORD).csv(csv);
        assertThat(again.body()).contains("\"accepted\":3");
    }

    @Test
    void theImportPageIsForLeadersAndAdministratorsOnly() {
        var page = cn.laborcase.support.UserAgent.loggedIn(port, mine.leader.username(), PASSWORD);
        assertThat(page.get("/employers/import").statusCode()).isEqualTo(200);
        var inspectorPage = cn.laborcase.support.UserAgent.loggedIn(port, mine.inspector.username(), PASSWORD);
        assertThat(inspectorPage.get("/employers/import").statusCode()).isEqualTo(403);
    }

    @Test
    void theImportPageShowsTheRejectedRowsAsATable() {
        var page = cn.laborcase.support.UserAgent.loggedIn(port, mine.leader.username(), PASSWORD);
        String csrf = page.csrfToken("/employers/import");
        String good = IntakeFixtures.newCreditCode();
        String csv = EmployerImport.HEADER + "\n" + row(good, marker + "页面导入有限公司", "", mine.grid, "5") + "\n"
                + row("91330199MC00000000", marker + "页面坏代码", "", mine.grid, "5") + "\n";
        String boundary = "----lc" + IntakeFixtures.unique();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"employers.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        var shown = page.post("/employers/import", "multipart/form-data; boundary=" + boundary, body);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("登记 1 户", "id=\"rejected-rows\"", "第 3 行", "统一社会信用代码", "校验位");
        assertThat(jdbc.queryForObject("select count(*) from employer where credit_code = ?", Integer.class, good))
                .isEqualTo(1);
    }
}
