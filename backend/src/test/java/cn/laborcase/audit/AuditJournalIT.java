package cn.laborcase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.audit.persistence.AuditMapper;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@IntegrationTest
class AuditJournalIT {

    @Autowired
    AuditJournal journal;

    @Autowired
    SqlSessionFactory sessions;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @AfterEach
    void clearHolders() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theMappedJournalStatementsOnlyInsertAndSelect() {
        var configuration = sessions.getConfiguration();
        List<MappedStatement> statements = configuration.getMappedStatementNames().stream()
                .filter(name -> name.startsWith(AuditMapper.class.getName() + "."))
                .map(configuration::getMappedStatement)
                .distinct()
                .toList();

        assertThat(statements).isNotEmpty();
        assertThat(statements)
                .extracting(MappedStatement::getSqlCommandType)
                .allMatch(t -> t == SqlCommandType.INSERT || t == SqlCommandType.SELECT);
    }

    @Test
    void recordWritesTheActorAndTheRemoteAddress() {
        String target = "T-" + System.nanoTime();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.20.30.40");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "clerk1", null, AuthorityUtils.createAuthorityList("ROLE_INTAKE_CLERK")));

        journal.record("TEST_RECORDED", "TEST", target, "测试记录", "前", "后");

        List<AuditEntry> entries =
                journal.search(new AuditQuery(null, "TEST_RECORDED", "TEST", target, null, null, 0, 10));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("clerk1");
            assertThat(e.remoteAddr()).isEqualTo("10.20.30.40");
            assertThat(e.summary()).isEqualTo("测试记录");
            assertThat(e.beforeState()).isEqualTo("前");
            assertThat(e.afterState()).isEqualTo("后");
            assertThat(e.occurredAt()).isNotNull();
        });
    }

    @Test
    void aCaseIsJournalledUnderItsTypeAndId() {
        long id = 7_000_000_000L + System.nanoTime() % 1_000_000_000L;
        CaseRef ref = CaseRef.of(CaseType.ARBITRATION_CASE, id);

        journal.record("TEST_CASE_RECORDED", ref, "案件记录");
        journal.recordAs("arbitrator1", "TEST_CASE_RECORDED_AS", ref, "代为记录", null, "后");

        assertThat(journal.search(
                        new AuditQuery(null, null, "ARBITRATION_CASE", String.valueOf(id), null, null, 0, 10)))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("TEST_CASE_RECORDED", "system"),
                        org.assertj.core.groups.Tuple.tuple("TEST_CASE_RECORDED_AS", "arbitrator1"));
    }

    @Test
    void journalPageFiltersByActorActionTargetAndDate() throws Exception {
        String target = "T-" + System.nanoTime();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "clerk2", null, AuthorityUtils.createAuthorityList("ROLE_INTAKE_CLERK")));
        journal.record("TEST_FIRST", "TEST", target, "第一条", null, null);
        journal.record("TEST_SECOND", "TEST", target, "第二条", null, null);
        SecurityContextHolder.clearContext();
        LocalDate today = TestClock.get().today();

        String byTarget = page("targetType", "TEST", "targetId", target);
        assertThat(byTarget).contains("第一条").contains("第二条");
        assertThat(byTarget.indexOf("第二条")).as("newest first").isLessThan(byTarget.indexOf("第一条"));
        assertThat(byTarget).containsPattern("<td class=\"time nowrap\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</td>");

        assertThat(page("targetId", target, "action", "TEST_FIRST"))
                .contains("第一条")
                .doesNotContain("第二条");
        assertThat(page("targetId", target, "actor", "clerk2")).contains("第一条");
        assertThat(page("targetId", target, "actor", "admin")).doesNotContain("第一条");
        assertThat(page("targetId", target, "from", today.toString(), "to", today.toString()))
                .contains("第一条");
        assertThat(page("targetId", target, "to", today.minusDays(1).toString()))
                .doesNotContain("第一条");
        assertThat(page("targetId", target, "from", today.plusDays(1).toString()))
                .doesNotContain("第一条");
    }

    @Test
    void journalPageShowsFiftyEntriesPerPage() throws Exception {
        String target = "T-" + System.nanoTime();
        for (int i = 1; i <= 51; i++) {
            journal.record("TEST_PAGED", "TEST", target, "第" + i + "条", null, null);
        }

        String first = page("targetId", target);
        String second = page("targetId", target, "page", "1");

        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("共 51 条，第 1 / 2 页").contains("下一页").contains(">第51条<");
        assertThat(rows(second)).isEqualTo(1);
        assertThat(second).contains(">第1条<").contains("上一页");
    }

    private static long rows(String page) {
        return Pattern.compile("<td class=\"time nowrap\">")
                .matcher(page)
                .results()
                .count();
    }

    private String page(String... params) throws Exception {
        var request = get("/admin/audit").with(user(users.loadUserByUsername("admin")));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
