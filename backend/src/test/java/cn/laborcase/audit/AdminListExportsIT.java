package cn.laborcase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import cn.laborcase.support.Workbooks;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator's lists with the list kernel: the audit journal in Chinese with its action filter chosen from a
 * list, and the exports of the journal, the staff and the outbox — Chinese headers, masked personal data, names
 * instead of codes, each export journaled; sort keys and page sizes checked as on every list.
 */
@IntegrationTest
class AdminListExportsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theJournalSpeaksChineseAndFiltersByAnActionChosenFromAList() {
        UserAgent admin = UserAgent.loggedIn(port, "admin", UserAgent.DEMO_PASSWORD);
        HttpResponse<String> page = admin.get("/admin/audit?action=LOGIN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<option value=\"LOGIN\" selected=\"selected\">登录</option>")
                .contains("<option value=\"TASK_CLAIMED\">领取任务</option>")
                .contains(">登录<")
                .contains("系统管理员")
                .doesNotContain(">LOGIN<")
                .doesNotContain("<code>LOGIN</code>");
        assertThat(admin.get("/admin/audit?sort=occurred_at").statusCode()).isEqualTo(400);
        assertThat(admin.get("/admin/audit?size=1000").statusCode()).isEqualTo(400);
        HttpResponse<String> reversed = admin.get("/admin/audit?from=2026-03-10&to=2026-03-01");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("日期：结束日期不能早于开始日期");
    }

    @Test
    void exportsTheJournalTheStaffAndTheOutboxMaskedAndJournaled() {
        UserAgent admin = UserAgent.loggedIn(port, "admin", UserAgent.DEMO_PASSWORD);
        long before = exports();

        HttpResponse<byte[]> journal = admin.getBytes("/admin/audit/export?action=LOGIN&sort=time&dir=asc");
        assertThat(journal.statusCode()).isEqualTo(200);
        List<List<String>> lines = Workbooks.rows(journal.body());
        assertThat(lines.get(0)).startsWith("时间", "操作人", "操作", "对象");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l.get(2))
                .isEqualTo("登录"));
        assertThat(Workbooks.isDate(journal.body(), 1, 0)).isTrue();

        HttpResponse<byte[]> staff = admin.getBytes("/admin/staff/export?text=clerk&sort=name");
        assertThat(staff.statusCode()).isEqualTo(200);
        List<List<String>> people = Workbooks.rows(staff.body());
        assertThat(people.get(0)).startsWith("姓名", "机构", "职务", "电话");
        String all = people.toString();
        assertThat(all).contains("王芳").doesNotContain("clerk1").doesNotContain("D1");
        List<String> phones = jdbc.queryForList("select phone from staff where username like 'clerk%'", String.class);
        phones.stream().filter(p -> p != null && !p.isBlank()).forEach(p -> assertThat(all)
                .doesNotContain(p));
        // staff that other tests create without a phone (an arbitration clerk's fixture, say) have an empty cell
        assertThat(people.subList(1, people.size()))
                .filteredOn(p -> !p.get(3).isEmpty())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.get(3)).contains("****"));

        HttpResponse<byte[]> mail = admin.getBytes("/admin/mail/export");
        assertThat(mail.statusCode()).isEqualTo(200);
        List<List<String>> messages = Workbooks.rows(mail.body());
        assertThat(messages.get(0)).startsWith("状态", "收件人", "主题");
        messages.subList(1, messages.size()).forEach(m -> assertThat(m.get(1)).doesNotContainPattern("^[^*@]{2,}@"));

        assertThat(exports()).isEqualTo(before + 3);
        assertThat(jdbc.queryForList(
                        "select summary from audit_entry where action = 'LIST_EXPORTED' and actor = 'admin'"
                                + " order by occurred_at desc, id desc fetch first 3 rows only",
                        String.class))
                .anySatisfy(s -> assertThat(s).startsWith("导出“审计日志”").contains("操作“登录”"))
                .anySatisfy(s -> assertThat(s).startsWith("导出“人员”").contains("“clerk”"))
                .anySatisfy(s -> assertThat(s).startsWith("导出“邮件发件箱”"));
    }

    @Test
    void theOutboxSortsByAWhitelistedColumnAndTheExportFollowsTheSort() {
        String key = "sort" + System.nanoTime();
        Instant now = cn.laborcase.support.TestClock.get().instant();
        // created in the order A, C, B; subjects A, B, C; only B was sent
        outbox(key, "A", now.minusSeconds(300), null);
        outbox(key, "B", now.minusSeconds(100), now.minusSeconds(90));
        outbox(key, "C", now.minusSeconds(200), null);
        UserAgent admin = UserAgent.loggedIn(port, "admin", UserAgent.DEMO_PASSWORD);

        assertThat(subjectsOnPage(admin, key, "subject", "asc")).containsExactly("A", "B", "C");
        assertThat(subjectsOnPage(admin, key, "subject", "desc")).containsExactly("C", "B", "A");
        assertThat(subjectsOnPage(admin, key, "createdAt", "asc")).containsExactly("A", "C", "B");
        assertThat(subjectsOnPage(admin, key, "createdAt", "desc")).containsExactly("B", "C", "A");
        assertThat(subjectsOnPage(admin, key, "sentAt", "desc")).startsWith("B");
        assertThat(subjectsOnPage(admin, key, "sentAt", "asc")).endsWith("B");

        HttpResponse<byte[]> ascending = admin.getBytes("/admin/mail/export?q=" + key + "&sort=subject&dir=asc");
        assertThat(ascending.statusCode()).isEqualTo(200);
        assertThat(exportedSubjects(ascending.body(), key)).containsExactly("A", "B", "C");
        HttpResponse<byte[]> byTime = admin.getBytes("/admin/mail/export?q=" + key + "&sort=createdAt&dir=asc");
        assertThat(exportedSubjects(byTime.body(), key)).containsExactly("A", "C", "B");

        for (String hostile : List.of("id", "o.id", "created_at;drop%20table%20mail_outbox", "subject%20desc")) {
            HttpResponse<String> refused = admin.get("/admin/mail?sort=" + hostile);
            assertThat(refused.statusCode()).as(hostile).isEqualTo(400);
            assertThat(refused.body()).contains("排序");
            assertThat(admin.getBytes("/admin/mail/export?sort=" + hostile).statusCode())
                    .as(hostile)
                    .isEqualTo(400);
        }
        assertThat(admin.get("/admin/mail?sort=subject&dir=sideways").statusCode())
                .isEqualTo(400);
    }

    private void outbox(String key, String letter, Instant createdAt, Instant sentAt) {
        jdbc.update(
                "insert into mail_outbox (dedup_key, message_id, recipients, subject, body, state, attempts,"
                        + " next_attempt_at, sent_at, created_at, created_by, version)"
                        + " values (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 'admin', 0)",
                key + letter,
                "<" + key + letter + "@laborcase.local>",
                key + letter.toLowerCase() + "@example.cn",
                key + " " + letter,
                "正文",
                sentAt == null ? "FAILED" : "SENT",
                java.sql.Timestamp.from(createdAt),
                sentAt == null ? null : java.sql.Timestamp.from(sentAt),
                java.sql.Timestamp.from(createdAt));
    }

    private static List<String> subjectsOnPage(UserAgent admin, String key, String sort, String dir) {
        HttpResponse<String> page = admin.get("/admin/mail?q=" + key + "&sort=" + sort + "&dir=" + dir);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("<div>" + key + " ([ABC])</div>").matcher(page.body());
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> exportedSubjects(byte[] xlsx, String key) {
        List<List<String>> rows = Workbooks.rows(xlsx);
        assertThat(rows.get(0).get(2)).isEqualTo("主题");
        return rows.subList(1, rows.size()).stream()
                .map(r -> r.get(2))
                .filter(s -> s.startsWith(key + " "))
                .map(s -> s.substring(key.length() + 1))
                .toList();
    }

    @Test
    void aClerkExportsOnlyTheDocumentsOfHisScopeByCaseNumber() {
        UserAgent clerk = UserAgent.loggedIn(port, "clerk2", UserAgent.DEMO_PASSWORD);
        HttpResponse<byte[]> export = clerk.getBytes("/documents/export?sort=createdAt&dir=desc");
        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> rows = Workbooks.rows(export.body());
        assertThat(rows.get(0)).startsWith("文书", "文号", "案件", "发文机构", "状态");
        // clerk2 is of 西山 (D2): the demo's 东湖 documents are not his
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r -> assertThat(r.get(3)).doesNotContain("东湖"));
        assertThat(rows.toString()).doesNotContain("COMPLAINT").doesNotContain("#");
        assertThat(clerk.get("/documents?sort=id").statusCode()).isEqualTo(400);
        assertThat(clerk.get("/documents?size=20").statusCode()).isEqualTo(200);
    }

    long exports() {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'LIST_EXPORTED' and actor = 'admin'", Long.class);
    }
}
