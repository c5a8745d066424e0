package cn.laborcase.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import cn.laborcase.support.Workbooks;
import java.net.http.HttpResponse;
import java.util.List;
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
        assertThat(people.subList(1, people.size()))
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
