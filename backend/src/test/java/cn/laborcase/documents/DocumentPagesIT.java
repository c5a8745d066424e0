package cn.laborcase.documents;

import static cn.laborcase.documents.DocumentFixtures.acceptance;
import static cn.laborcase.documents.DocumentFixtures.uniqueCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The staff and administrator pages through the real security chain (no mail: nobody has an e-mail address). */
@IntegrationTest
class DocumentPagesIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    Documents documents;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void aClerkDraftsPreviewsAndIssuesFromTheForm() throws Exception {
        String caseId = uniqueCase();
        String location = mvc.perform(post("/documents")
                        .with(as("clerk1"))
                        .with(csrf())
                        .param("typeCode", IntakeDocumentTypes.ACCEPTANCE_NOTICE)
                        .param("caseType", "COMPLAINT")
                        .param("caseId", caseId)
                        .param("officeCode", "D1")
                        .param("f.complainantName", "王小明")
                        .param("f.complaintDate", "2026-03-02")
                        .param("f.respondentName", "示范市东湖某餐饮有限公司")
                        .param("f.matter", "拖欠2026年1月工资")
                        .param("f.handler", "张伟、刘洋")
                        .param("f.handlerPhone", "0571-87654321")
                        .param("recipientName", "王小明")
                        .param("recipientRole", "投诉人"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/documents/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/documents/" + id).with(as("clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王小明")))
                .andExpect(content().string(containsString("id=\"issue\"")));
        mvc.perform(get("/documents/" + id + "/preview").with(as("clerk1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("inline")));
        mvc.perform(post("/documents/" + id + "/issue").with(as("clerk1")).with(csrf()))
                .andExpect(redirectedUrl("/documents/" + id))
                .andExpect(flash().attribute("flashSuccess", containsString("已签发：东湖劳监受字〔")));
        DocumentView issued = documents.get(id);
        mvc.perform(get("/documents/" + id + "/pdf").with(as("clerk1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().bytes(documents.pdf(id).content()));
        mvc.perform(get("/documents").with(as("clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issued.number())));
        mvc.perform(get("/documents/case")
                        .param("caseType", "COMPLAINT")
                        .param("caseId", caseId)
                        .with(as("clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("COMPLAINT " + caseId)))
                .andExpect(content().string(containsString(issued.number())));
    }

    @Test
    void theFormNamesEveryMissingFieldAndSavesNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from document", Long.class);
        mvc.perform(post("/documents")
                        .with(as("clerk1"))
                        .with(csrf())
                        .param("typeCode", IntakeDocumentTypes.NON_ACCEPTANCE_NOTICE)
                        .param("caseType", "COMPLAINT")
                        .param("caseId", uniqueCase())
                        .param("officeCode", "D1")
                        .param("f.complainantName", "陈国强")
                        .param("recipientEmail", "not-an-address"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写投诉日期")))
                .andExpect(content().string(containsString("请填写不予受理的事实和理由")))
                .andExpect(content().string(containsString("请填写行政复议机关")))
                .andExpect(content().string(containsString("请填写人民法院")))
                .andExpect(content().string(containsString("请填写受送达人姓名或名称")))
                .andExpect(content().string(containsString("value=\"陈国强\"")));
        assertThat(jdbc.queryForObject("select count(*) from document", Long.class))
                .isEqualTo(before);
    }

    @Test
    void aClerkCannotDraftForAnotherOffice() throws Exception {
        mvc.perform(post("/documents")
                        .with(as("clerk1"))
                        .with(csrf())
                        .param("typeCode", IntakeDocumentTypes.ACCEPTANCE_NOTICE)
                        .param("caseType", "COMPLAINT")
                        .param("caseId", uniqueCase())
                        .param("officeCode", "D2"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只能为本机构")));
    }

    @Test
    void documentsOutsideTheUsersScopeAreNotFound() throws Exception {
        DocumentView d1 = documents.draft(acceptance("D1", uniqueCase()), "clerk1");

        mvc.perform(get("/documents/" + d1.id()).with(as("inspector4"))).andExpect(status().isNotFound());
        mvc.perform(get("/documents/" + d1.id() + "/preview").with(as("inspector4")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents").with(as("inspector4")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-id=\"" + d1.id() + "\""))));
        // grid G01's inspector and D1's leader see it
        mvc.perform(get("/documents/" + d1.id()).with(as("inspector1"))).andExpect(status().isOk());
        mvc.perform(get("/documents").with(as("leader1")))
                .andExpect(content().string(containsString("data-id=\"" + d1.id() + "\"")));
    }

    @Test
    void anIssuedDocumentHasNoEditPathOnlyACorrection() throws Exception {
        DocumentView issued = documents.issue(
                documents.draft(acceptance("D1", uniqueCase()), "clerk1").id(), "clerk1");

        mvc.perform(get("/documents/" + issued.id()).with(as("clerk1")))
                .andExpect(content().string(not(containsString("id=\"issue\""))))
                .andExpect(content().string(containsString("id=\"correct\"")))
                .andExpect(content().string(containsString(issued.verificationCode())));
        mvc.perform(post("/documents/" + issued.id() + "/correct")
                        .with(as("clerk1"))
                        .with(csrf())
                        .param("f.complainantName", "李秀英"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写投诉日期")));
    }

    @Test
    void serviceIsRecordedFromTheDocumentPageAndRefusedNamingTheFields() throws Exception {
        DocumentView issued = documents.issue(
                documents.draft(acceptance("D1", uniqueCase()), "clerk1").id(), "clerk1");
        long recipient = issued.recipients().get(0).id();
        java.time.LocalDateTime hour = java.time.LocalDateTime.ofInstant(
                issued.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.HOURS), Dates.ZONE);

        mvc.perform(multipart("/documents/" + issued.id() + "/service")
                        .with(as("clerk1"))
                        .with(csrf())
                        .param("recipientId", String.valueOf(recipient))
                        .param("method", "LEFT")
                        .param("servedOn", hour.toLocalDate().toString())
                        .param("servedHour", String.valueOf(hour.getHour()))
                        .param("server", "王芳"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写第一名见证人")))
                .andExpect(content().string(containsString("请填写第二名见证人")))
                .andExpect(content().string(containsString("留置地点")));

        mvc.perform(multipart("/documents/" + issued.id() + "/service")
                        .file(new MockMultipartFile("evidence", "回证.png", "image/png", ServiceRecordsIT.PNG))
                        .with(as("clerk1"))
                        .with(csrf())
                        .param("recipientId", String.valueOf(recipient))
                        .param("method", "LEFT")
                        .param("servedOn", hour.toLocalDate().toString())
                        .param("servedHour", String.valueOf(hour.getHour()))
                        .param("place", "示范市东湖区春晖路18号3幢502室")
                        .param("witness1", "社区网格员赵六")
                        .param("witness2", "物业管理员钱七")
                        .param("server", "王芳"))
                .andExpect(redirectedUrl("/documents/" + issued.id()))
                .andExpect(flash().attribute("flashSuccess", containsString("留置送达，送达回证 东湖送字〔")));

        mvc.perform(get("/documents/" + issued.id()).with(as("clerk1")))
                .andExpect(content().string(containsString("见证人 社区网格员赵六、物业管理员钱七")))
                .andExpect(content().string(containsString("回证.png")))
                .andExpect(content().string(not(containsString("id=\"service-form\""))));
    }

    @Test
    void administratorsSeeTypesTemplatesAndPatterns() throws Exception {
        mvc.perform(get("/admin/documents").param("office", "A1").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("templates/intake/acceptance-notice.xhtml")))
                .andExpect(content().string(containsString("举报投诉登记表")))
                .andExpect(content().string(containsString("{office}劳监受字〔{year}〕{seq}号")))
                .andExpect(content().string(containsString("示劳监受字〔")))
                .andExpect(content().string(containsString(">文书种类</a>")));
        mvc.perform(get("/admin/documents").with(as("clerk1"))).andExpect(status().isForbidden());
    }

    @Test
    void aPatternWithoutSeqIsRefusedAndAValidOneIsSavedJournalledAndVersioned() throws Exception {
        String office = DocumentFixtures.newOffice(jdbc);
        String type = IntakeDocumentTypes.REFERRAL_NOTICE;
        mvc.perform(post("/admin/documents/patterns")
                        .with(as("admin"))
                        .with(csrf())
                        .param("officeCode", office)
                        .param("typeCode", type)
                        .param("pattern", "{office}劳监告字〔{year}〕{num}号"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("必须包含顺序号占位符 {seq}")))
                .andExpect(content().string(containsString("未知的占位符 {num}")));

        mvc.perform(post("/admin/documents/patterns")
                        .with(as("admin"))
                        .with(csrf())
                        .param("officeCode", office)
                        .param("typeCode", type)
                        .param("pattern", "{office}劳人仲字〔{year}〕第{seq}号"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", containsString("第1号")));
        assertThat(jdbc.queryForObject(
                        "select pattern from document_number_pattern where office_code = ? and type_code = ?",
                        String.class,
                        office,
                        type))
                .isEqualTo("{office}劳人仲字〔{year}〕第{seq}号");
        assertThat(jdbc.queryForList(
                        "select actor from audit_entry where action = 'DOCUMENT_NUMBER_PATTERN_CHANGED' and target_id = ?",
                        String.class,
                        office + "/" + type))
                .containsExactly("admin");

        // a second administrator still holding the page without a version (the default) loses: 409 as a message
        mvc.perform(post("/admin/documents/patterns")
                        .with(as("admin"))
                        .with(csrf())
                        .param("officeCode", office)
                        .param("typeCode", type)
                        .param("pattern", "{office}告〔{year}〕{seq}号"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", containsString("已被他人修改")));
        mvc.perform(post("/admin/documents/patterns")
                        .with(as("admin"))
                        .with(csrf())
                        .param("officeCode", office)
                        .param("typeCode", type)
                        .param("version", "0")
                        .param("pattern", "{office}告〔{year}〕{seq}号"))
                .andExpect(flash().attribute("flashSuccess", containsString("告〔")));
    }

    @Test
    void theTemplateCheckReportsABrokenTemplateWithItsLine() throws Exception {
        mvc.perform(post("/admin/documents/" + BrokenTemplateTypes.BROKEN + "/check")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", containsString("templates/test/broken.xhtml 第9行")));
        mvc.perform(post("/admin/documents/" + IntakeDocumentTypes.SUPPLEMENT_NOTICE + "/check")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashSuccess", containsString("补正通知书模板正常")));
        mvc.perform(get("/admin/documents/" + BrokenTemplateTypes.BROKEN + "/sample")
                        .with(as("admin")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("第9行")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void issuingFromThePageWithABrokenTemplateShowsTheErrorAndKeepsTheDraft() throws Exception {
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        BrokenTemplateTypes.BROKEN,
                        new CaseReference("COMPLAINT", uniqueCase()),
                        "D1",
                        null,
                        null,
                        java.util.Map.of("title", "测试"),
                        List.of()),
                "clerk1");
        mvc.perform(post("/documents/" + draft.id() + "/issue")
                        .with(as("clerk1"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/documents/" + draft.id()))
                .andExpect(flash().attribute("flashError", containsString("请联系系统管理员检查模板")));
        assertThat(documents.get(draft.id()).status()).isEqualTo(DocumentStatus.DRAFT);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
