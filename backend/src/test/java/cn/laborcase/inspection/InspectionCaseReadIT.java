package cn.laborcase.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.cases.Attachments;
import cn.laborcase.cases.Attachments.AttachmentOwner;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.CaseDirectory;
import cn.laborcase.employer.EmployerRecordSource;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import cn.laborcase.support.UserAgent;
import cn.laborcase.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What users see of an inspection case: the page, the API with every deadline (60 working days from 立案 across the
 * National Day block, 条例 §17), the list with its export; each within the data scope — a G04 inspector or another
 * office's leader gets 404 on a G01 case, and its rows never reach his list or export.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionCaseReadIT {

    static final Pattern ROW_NUMBER = Pattern.compile("<a href=\"/inspection-cases/\\d+\">([^<]+)</a>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    Deadlines deadlines;

    @Autowired
    CaseTimeline timeline;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    List<CaseDirectory> directories;

    @Autowired
    Attachments attachments;

    /** The smallest PNG signature plus a few bytes: enough for the evidence store's type check. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H'};

    long photo;

    @Autowired
    List<EmployerRecordSource> employerSections;

    String marker;
    long g01Employer;
    long g01Case;
    String g01Number;
    long g02Case;
    String g02Number;
    long g04Case;
    String g04Number;
    String complaintNumber;
    long complaintId;

    @BeforeAll
    void casesInTwoOfficesOfTheDemoData() {
        InspectionReadFixtures f = new InspectionReadFixtures(jdbc);
        String u = InspectionReadFixtures.unique();
        marker = "监读" + u;
        g01Employer = f.employer("G01", "东湖" + marker + "精工机械有限公司");
        long g02Employer = f.employer("G02", "湖滨" + marker + "餐饮有限公司");
        long g04Employer = f.employer("G04", "西山" + marker + "建筑有限公司");

        g01Number = "东湖监察〔2026〕" + u + "-1号";
        g01Case = f.inspectionCase(
                g01Number,
                "D1",
                "G01",
                g01Employer,
                "COMPLAINT",
                "INVESTIGATING",
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30),
                false);
        f.inspector(g01Case, "inspector1", true, true);
        f.inspector(g01Case, "inspector2", false, false);
        f.worker(g01Case, "欧阳" + u.substring(0, 2), "330102198503071234", "12000.00");
        f.worker(g01Case, "李四", null, "24000.00");
        complaintNumber = "东湖投诉〔2026〕" + u + "号";
        complaintId = f.complaint(g01Case, complaintNumber);
        CaseRef ref = CaseRef.of(CaseType.INSPECTION_CASE, g01Case);
        deadlines.open(new OpenDeadline("INSPECTION_CASE", LocalDate.of(2026, 9, 1), new DeadlineOwner(ref)));
        transactions.executeWithoutResult(s -> timeline.record(ref, "FILED", "立案", "leader1", "投诉受理当日立案"));
        photo = transactions.execute(s -> attachments
                .store(
                        new AttachmentOwner("INSPECTION_CASE", g01Case),
                        "车间照片.png",
                        "image/png",
                        PNG,
                        "车间入口",
                        "inspector1")
                .id());

        // a later case of the same office, due later: the default order puts the G01 case (overdue) first
        g02Number = "东湖监察〔2026〕" + u + "-2号";
        g02Case = f.inspectionCase(
                g02Number,
                "D1",
                "G02",
                g02Employer,
                "PATROL",
                "RECTIFYING",
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2027, 1, 29),
                false);
        f.inspector(g02Case, "inspector2", true, true);
        f.inspector(g02Case, "inspector3", false, true);

        g04Number = "西山监察〔2026〕" + u + "-1号";
        g04Case = f.inspectionCase(
                g04Number,
                "D2",
                "G04",
                g04Employer,
                "REFERRAL",
                "CLOSING_PENDING",
                LocalDate.of(2026, 10, 12),
                LocalDate.of(2027, 1, 8),
                true);
        f.inspector(g04Case, "inspector4", true, true);
        f.inspector(g04Case, "inspector5", false, true);
    }

    @Test
    void theInspectorsOfTheGridSeeTheCasePageInNamesAndLabels() {
        HttpResponse<String> page = agent("inspector1").get("/inspection-cases/" + g01Case);

        assertThat(page.statusCode()).isEqualTo(200);
        String text = text(page.body());
        assertThat(text)
                .contains(g01Number)
                .contains("调查取证")
                .contains("案件来源 投诉 ")
                .contains("东湖" + marker + "精工机械有限公司")
                .contains("东湖街道网格")
                .contains("张伟")
                .contains("刘洋")
                .contains("尚未声明")
                .contains("主办")
                .contains("36,000.00")
                .contains("330102********1234")
                .contains("《劳动保障监察条例》第十七条")
                .contains("2026-11-30")
                .contains("立案")
                .contains(complaintNumber);
        assertThat(page.body())
                .contains("href=\"/complaints/" + complaintId + "\"")
                .contains("id=\"case-header\"")
                .contains("id=\"timeline\"")
                .contains("id=\"case-tasks\"")
                .contains("id=\"case-evidence\"");
        assertThat(text)
                .doesNotContainPattern("\\b(G01|G02|D1|inspector1|inspector2|leader1)\\b")
                .doesNotContain("INVESTIGATING")
                .doesNotContain("COMPLAINT")
                .doesNotContain("330102198503071234")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
    }

    @Test
    void theCasesEvidenceIsListedAndDownloadedOnlyWithinTheDataScope() throws Exception {
        HttpResponse<String> page = agent("inspector1").get("/inspection-cases/" + g01Case);
        String href = "/inspection-cases/" + g01Case + "/evidence/" + photo;
        assertThat(page.body())
                .contains("href=\"" + href + "\"")
                .contains("车间照片.png")
                .contains("车间入口");

        HttpResponse<byte[]> file = agent("inspector1").getBytes(href);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PNG);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        JsonNode c = new ObjectMapper()
                .readTree(api("inspector1")
                        .get("/api/inspection-cases/" + g01Case)
                        .body());
        assertThat(c.path("evidence").get(0).path("href").asText()).isEqualTo(href);
        assertThat(c.path("evidence").get(0).path("sha256").asText()).hasSize(64);

        for (String outsider : List.of("inspector4", "leader2")) {
            assertThat(agent(outsider).getBytes(href).statusCode()).as(outsider).isEqualTo(404);
        }
        // the file through another case's address: not found either
        assertThat(agent("leader1")
                        .getBytes("/inspection-cases/" + g02Case + "/evidence/" + photo)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aG04InspectorAndAnotherOfficesLeaderGetNotFound() {
        for (String outsider : List.of("inspector4", "leader2", "assistant4")) {
            assertThat(agent(outsider).get("/inspection-cases/" + g01Case).statusCode())
                    .as(outsider + " page")
                    .isEqualTo(404);
            assertThat(api(outsider).get("/api/inspection-cases/" + g01Case).statusCode())
                    .as(outsider + " API")
                    .isEqualTo(404);
        }
        // an id that does not exist answers the same
        assertThat(agent("inspector1")
                        .get("/inspection-cases/" + Long.MAX_VALUE / 4)
                        .statusCode())
                .isEqualTo(404);
        // the office's leader, the bureau above it, the case's inspectors and the administrator see it
        for (String insider : List.of("leader1", "chief", "inspector2", "admin")) {
            assertThat(agent(insider).get("/inspection-cases/" + g01Case).statusCode())
                    .as(insider)
                    .isEqualTo(200);
        }
        assertThat(agent("inspector4").get("/inspection-cases/" + g04Case).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theApiGivesEveryDeadlineWithItsDueDateDaysLeftAndLegalBasis() throws Exception {
        HttpResponse<String> response = api("inspector1").get("/api/inspection-cases/" + g01Case);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode c = new ObjectMapper().readTree(response.body());
        assertThat(c.path("number").asText()).isEqualTo(g01Number);
        assertThat(c.path("status").asText()).isEqualTo("INVESTIGATING");
        assertThat(c.path("statusLabel").asText()).isEqualTo("调查取证");
        assertThat(c.path("origin").path("code").asText()).isEqualTo("COMPLAINT");
        assertThat(c.path("origin").path("complaints").get(0).path("id").asLong())
                .isEqualTo(complaintId);
        assertThat(c.path("origin").path("complaints").get(0).path("number").asText())
                .isEqualTo(complaintNumber);
        assertThat(c.path("employer").path("name").asText()).contains(marker);
        assertThat(c.path("grid").path("name").asText()).isEqualTo("东湖街道网格");
        assertThat(c.path("inspectors")).hasSize(2);
        assertThat(c.path("inspectors").get(0).path("name").asText()).isEqualTo("张伟");
        assertThat(c.path("inspectors").get(0).path("lead").asBoolean()).isTrue();
        assertThat(c.path("inspectors").get(0).path("declared").asBoolean()).isTrue();
        assertThat(c.path("inspectors").get(1).path("declared").asBoolean()).isFalse();
        assertThat(c.path("timeline").get(0).path("label").asText()).isEqualTo("立案");
        assertThat(c.path("documents").isArray()).isTrue();

        // 立案 2026-09-01 (not counted): 21 working days in September (中秋 9-25 off, the 9-20 Sunday worked), the
        // National Day block 10-01..10-07 off, the 10-10 Saturday worked: the 60th working day is Monday 2026-11-30
        JsonNode d = c.path("deadlines").get(0);
        assertThat(c.path("deadlines")).hasSize(1);
        assertThat(d.path("dueDate").asText()).isEqualTo("2026-11-30");
        assertThat(d.path("legalBasis").asText()).isEqualTo("《劳动保障监察条例》第十七条");
        assertThat(d.path("extended").asBoolean()).isFalse();
        assertThat(d.path("length").asInt()).isEqualTo(60);
        assertThat(d.path("unit").asText()).isEqualTo("个工作日");
        LocalDate today = BeijingTime.today(TestClock.get());
        assertThat(d.path("daysLeft").asLong()).isEqualTo(ChronoUnit.DAYS.between(today, LocalDate.of(2026, 11, 30)));
        assertThat(d.has("workingDaysLeft")).isTrue();
    }

    @Test
    void theListIsOverdueFirstAndShowsNoOtherOfficesCase() {
        HttpResponse<String> leader = agent("leader1").get("/inspection-cases?employer=" + enc(marker));
        assertThat(leader.statusCode()).isEqualTo(200);
        // 2026-11-30 is before 2027-01-29: the G01 case first in the default order, whatever today is
        assertThat(numbers(leader.body())).containsExactly(g01Number, g02Number);

        assertThat(listed("inspector4", "employer=" + enc(marker))).containsExactly(g04Number);
        assertThat(listed("chief", "employer=" + enc(marker)))
                .containsExactlyInAnyOrder(g01Number, g02Number, g04Number);
        assertThat(listed("leader1", "employer=" + enc(marker) + "&grid=G02")).containsExactly(g02Number);
        assertThat(listed("leader1", "employer=" + enc(marker) + "&status=RECTIFYING"))
                .containsExactly(g02Number);
        assertThat(listed("leader1", "employer=" + enc(marker) + "&origin=COMPLAINT"))
                .containsExactly(g01Number);
        assertThat(listed("leader1", "employer=" + enc(marker) + "&from=2026-10-01&to=2026-11-30"))
                .containsExactly(g02Number);
        assertThat(listed("leader1", "employer=" + enc(marker) + "&sort=filedOn&dir=desc"))
                .containsExactly(g02Number, g01Number);
        assertThat(listed("leader1", "number=" + enc(g01Number.substring(g01Number.indexOf('〕')))))
                .containsExactly(g01Number);
        String text = text(leader.body());
        assertThat(text)
                .doesNotContainPattern("\\b(G01|G02|D1|inspector\\d)\\b")
                .doesNotContain("INVESTIGATING");
    }

    @Test
    void exportsExactlyThePagesRowsAndJournalsIt() {
        long journaled = exportsBy("leader1");
        String query = "employer=" + enc(marker) + "&sort=number&dir=asc";
        HttpResponse<String> page = agent("leader1").get("/inspection-cases?" + query);
        HttpResponse<byte[]> export = agent("leader1").getBytes("/inspection-cases/export?" + query);

        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> rows = Workbooks.rows(export.body());
        assertThat(rows.get(0))
                .containsExactly("案件编号", "用人单位", "来源", "状态", "立案日期", "办结期限", "剩余时限", "已延期", "主办监察员", "承办机构", "网格");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList())
                .containsExactlyElementsOf(numbers(page.body()))
                .containsExactly(g01Number, g02Number);
        assertThat(rows.toString())
                .doesNotContain(g04Number)
                .doesNotContain("G01")
                .contains("张伟");
        assertThat(exportsBy("leader1")).isEqualTo(journaled + 1);

        HttpResponse<byte[]> outsider = agent("inspector4").getBytes("/inspection-cases/export?" + query);
        List<List<String>> theirs = Workbooks.rows(outsider.body());
        assertThat(theirs.subList(1, theirs.size()).stream().map(r -> r.get(0)).toList())
                .containsExactly(g04Number);
    }

    @Test
    void hostileSortKeysPageSizesAndReversedDatesAreRefused() {
        UserAgent leader = agent("leader1");
        for (String hostile : List.of("due_date;drop table inspection_case", "c.id", "(select 1)", "employer")) {
            HttpResponse<String> refused = leader.get("/inspection-cases?sort=" + enc(hostile));
            assertThat(refused.statusCode()).as(hostile).isEqualTo(400);
            assertThat(refused.body()).contains("排序：此列表不能按所给的列排序");
            assertThat(leader.getBytes("/inspection-cases/export?sort=" + enc(hostile))
                            .statusCode())
                    .isEqualTo(400);
            assertThat(api("leader1")
                            .get("/api/inspection-cases?sort=" + enc(hostile))
                            .statusCode())
                    .isEqualTo(400);
        }
        for (String size : List.of("0", "7", "101", "abc")) {
            assertThat(leader.get("/inspection-cases?size=" + size).statusCode())
                    .as(size)
                    .isEqualTo(400);
        }
        assertThat(leader.get("/inspection-cases?size=50").statusCode()).isEqualTo(200);
        assertThat(leader.get("/inspection-cases?status=NOPE").body()).contains("状态：请从列表中选择");
        HttpResponse<String> reversed = leader.get("/inspection-cases?from=2026-10-10&to=2026-10-01");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("立案日期：结束日期不能早于开始日期").contains("data-field=\"to\"");
        long journaled = exportsBy("leader1");
        assertThat(leader.getBytes("/inspection-cases/export?from=2026-10-10&to=2026-10-01")
                        .statusCode())
                .isEqualTo(400);
        assertThat(exportsBy("leader1")).isEqualTo(journaled);
    }

    @Test
    void theApiListTakesThePagesFilters() throws Exception {
        HttpResponse<String> response =
                api("leader1").get("/api/inspection-cases?employer=" + enc(marker) + "&sort=number&dir=desc");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = new ObjectMapper().readTree(response.body());
        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("number").asText()).isEqualTo(g02Number);
    }

    @Test
    void homePanelsShowTheInspectorsAndTheOfficesOpenCases() {
        String inspector = agent("inspector1").get("/").body();
        assertThat(inspector)
                .contains("id=\"home-inspection-mine\"")
                .contains(g01Number)
                .doesNotContain(g04Number);
        String partner = agent("inspector3").get("/").body();
        assertThat(partner).contains(g02Number).doesNotContain(g01Number);
        String leader = agent("leader1").get("/").body();
        assertThat(leader)
                .contains("id=\"home-inspection-office\"")
                .contains(g01Number)
                .doesNotContain(g04Number)
                .doesNotContain("id=\"home-inspection-mine\"");
        assertThat(text(leader)).doesNotContainPattern("\\b(G01|G02|D1|inspector\\d)\\b");
    }

    @Test
    void documentsMayBeDraftedOnlyOnOpenCasesTheUserMaySee() {
        CaseDirectory directory = directories.stream()
                .filter(d -> d.caseType() == CaseType.INSPECTION_CASE)
                .findFirst()
                .orElseThrow();
        assertThat(directory.find(users.findActive("inspector1").orElseThrow(), g01Case))
                .hasValueSatisfying(s -> assertThat(s.number()).isEqualTo(g01Number));
        assertThat(directory.find(users.findActive("inspector4").orElseThrow(), g01Case))
                .isEmpty();
        assertThat(directory.actionableBy(users.findActive("inspector4").orElseThrow(), 100).stream()
                        .map(s -> s.number())
                        .toList())
                .doesNotContain(g01Number, g02Number);
        assertThat(agent("inspector1").get("/inspection-cases/" + g01Case).body())
                .contains(g01Number); // @caseNames and the journal name it by its number
    }

    @Test
    void theEmployerPageListsTheCasesTheViewerMaySee() {
        EmployerRecordSource section = employerSections.stream()
                .filter(s -> s.title().equals("监察案件"))
                .findFirst()
                .orElseThrow();
        assertThat(section.order()).isEqualTo(20);
        assertThat(section.recordsOf(g01Employer, users.findActive("inspector1").orElseThrow(), 10))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.label()).isEqualTo(g01Number);
                    assertThat(l.status()).isEqualTo("调查取证");
                    assertThat(l.href()).isEqualTo("/inspection-cases/" + g01Case);
                });
        assertThat(section.recordsOf(g01Employer, users.findActive("inspector4").orElseThrow(), 10))
                .isEmpty();
    }

    private UserAgent agent(String username) {
        return UserAgent.loggedIn(port, username, UserAgent.DEMO_PASSWORD);
    }

    private UserAgent api(String username) {
        return UserAgent.basic(port, username, UserAgent.DEMO_PASSWORD);
    }

    private long exportsBy(String username) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where actor = ? and action = 'LIST_EXPORTED'", Long.class, username);
    }

    /** The case numbers the list {@code /inspection-cases?query} shows to {@code user}, in its order. */
    private List<String> listed(String user, String query) {
        return numbers(agent(user).get("/inspection-cases?" + query).body());
    }

    static List<String> numbers(String html) {
        List<String> numbers = new ArrayList<>();
        Matcher m = ROW_NUMBER.matcher(html);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    /** The text a person reads (as NoInternalCodesIT reads it). */
    static String text(String html) {
        return html.replaceAll("(?is)<script.*?</script>", " ")
                .replaceAll("(?is)<head.*?</head>", " ")
                .replaceAll("(?is)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\s+", " ");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
