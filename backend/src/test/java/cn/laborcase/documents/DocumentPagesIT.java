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

import cn.laborcase.intake.ComplaintRegistration;
import cn.laborcase.intake.IntakeDocumentTypes;
import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.intake.RegisterComplaintRequest;
import cn.laborcase.intake.Registration;
import cn.laborcase.organization.Role;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
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

    @Autowired
    UserLookup userLookup;

    @Autowired
    ComplaintRegistration registration;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void aClerkDraftsPreviewsAndIssuesFromTheFormForAComplaintOfHisOffice() throws Exception {
        IntakeFixtures fx = new IntakeFixtures(jdbc, userLookup);
        CaseRef complaint = complaintOf(fx);
        String clerk = fx.clerk.username();
        mvc.perform(get("/documents/new")
                        .param("type", IntakeDocumentTypes.ACCEPTANCE_NOTICE)
                        .with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + complaint.key() + "\"")))
                .andExpect(content().string(not(containsString("填入样例数据"))));
        String location = mvc.perform(post("/documents")
                        .with(as(clerk))
                        .with(csrf())
                        .param("typeCode", IntakeDocumentTypes.ACCEPTANCE_NOTICE)
                        .param("caseKey", complaint.key())
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
        assertThat(documents.get(id).officeCode()).isEqualTo(fx.office);

        mvc.perform(get("/documents/" + id).with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("举报投诉：" + fx.officeShortName + "投诉〔")))
                .andExpect(content().string(containsString("王小明")))
                .andExpect(content().string(containsString("id=\"issue\"")));
        mvc.perform(get("/documents/" + id + "/preview").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("inline")));
        mvc.perform(post("/documents/" + id + "/issue").with(as(clerk)).with(csrf()))
                .andExpect(redirectedUrl("/documents/" + id))
                .andExpect(flash().attribute("flashSuccess", containsString("已签发：" + fx.officeShortName + "劳监受字〔")));
        DocumentView issued = documents.get(id);
        mvc.perform(get("/documents/" + id + "/pdf").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().bytes(documents.pdf(id).content()));
        mvc.perform(get("/documents").with(as(clerk)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(issued.number())));
        mvc.perform(get("/documents/case").param("case", complaint.key()).with(as(clerk)))
                .andExpect(status().isOk())
                // the case by its number, never "举报投诉 #id" (issue 10)
                .andExpect(content()
                        .string(containsString(jdbc.queryForObject(
                                "select number from complaint where id = ?", String.class, complaint.id()))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("举报投诉 #"))))
                .andExpect(content().string(containsString(issued.number())));
    }

    @Test
    void theFormNamesEveryMissingFieldAndSavesNothing() throws Exception {
        IntakeFixtures fx = new IntakeFixtures(jdbc, userLookup);
        CaseRef complaint = complaintOf(fx);
        // counted by author and type: the job executor issues 登记表 (its own and other tests') in the background
        String mine = "select count(*) from document where created_by = ? and type_code = 'ACCEPTANCE_NOTICE'";
        long before = jdbc.queryForObject(mine, Long.class, fx.clerk.username());
        mvc.perform(post("/documents")
                        .with(as(fx.clerk.username()))
                        .with(csrf())
                        .param("typeCode", IntakeDocumentTypes.NON_ACCEPTANCE_NOTICE)
                        .param("caseKey", complaint.key())
                        .param("f.complainantName", "陈国强")
                        .param("recipientEmail", "not-an-address"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写投诉日期")))
                .andExpect(content().string(containsString("请填写不予受理的事实和理由")))
                .andExpect(content().string(containsString("请填写受送达人姓名或名称")))
                .andExpect(content().string(containsString("value=\"陈国强\"")));
        mvc.perform(post("/documents")
                        .with(as(fx.clerk.username()))
                        .with(csrf())
                        .param("typeCode", IntakeDocumentTypes.ACCEPTANCE_NOTICE)
                        .param("caseKey", "COMPLAINT:abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择案件")));
        assertThat(jdbc.queryForObject(mine, Long.class, fx.clerk.username())).isEqualTo(before);
    }

    /** Issue 9 item 2: a mediator, or a clerk of another office, can neither create nor issue on a complaint. */
    @Test
    void nobodyOutsideTheComplaintsScopeOrRoleCreatesOrIssuesItsDocuments() throws Exception {
        IntakeFixtures fx = new IntakeFixtures(jdbc, userLookup);
        IntakeFixtures other = new IntakeFixtures(jdbc, userLookup);
        CaseRef complaint = complaintOf(fx);
        String mediator = fx.staff("调解员", Role.MEDIATOR, null).username();
        String ofTheComplaint = "select count(*) from document where case_type = 'COMPLAINT' and case_id = ?"
                + " and type_code <> 'COMPLAINT_REGISTRATION'"; // the 登记表 is issued by the process meanwhile
        long before = jdbc.queryForObject(ofTheComplaint, Long.class, String.valueOf(complaint.id()));
        for (String stranger : List.of(mediator, other.clerk.username())) {
            mvc.perform(post("/documents")
                            .with(as(stranger))
                            .with(csrf())
                            .param("typeCode", IntakeDocumentTypes.ACCEPTANCE_NOTICE)
                            .param("caseKey", complaint.key())
                            .param("f.complainantName", "王小明")
                            .param("f.complaintDate", "2026-03-02")
                            .param("f.respondentName", "示范市东湖某餐饮有限公司")
                            .param("f.matter", "拖欠工资")
                            .param("f.handler", "张伟")
                            .param("f.handlerPhone", "0571-87654321"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/documents/new")
                            .param("type", IntakeDocumentTypes.ACCEPTANCE_NOTICE)
                            .with(as(stranger)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(complaint.key()))));
        }
        assertThat(jdbc.queryForObject(ofTheComplaint, Long.class, String.valueOf(complaint.id())))
                .isEqualTo(before);

        // a draft of the complaint made by its own clerk: the others cannot issue it
        DocumentView draft = documents.draft(acceptance(fx.office, complaint), fx.clerk.username());
        for (String stranger : List.of(mediator, other.clerk.username())) {
            mvc.perform(post("/documents/" + draft.id() + "/issue")
                            .with(as(stranger))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(documents.get(draft.id()).status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from document where status = 'ISSUED' and case_id = ? and type_code = 'ACCEPTANCE_NOTICE'",
                        Long.class,
                        String.valueOf(complaint.id())))
                .isZero();
        // an arbitrator working on the case (a participant) sees it but does not issue inspection documents
        String arbitrator = fx.staff("仲裁员", Role.ARBITRATOR, null).username();
        jdbc.update("insert into document_participant (document_id, username) values (?, ?)", draft.id(), arbitrator);
        mvc.perform(post("/documents/" + draft.id() + "/issue")
                        .with(as(arbitrator))
                        .with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(documents.get(draft.id()).status()).isEqualTo(DocumentStatus.DRAFT);
    }

    /** Issue 9 item 3: the document page masks ID and phone numbers like the case page; a reveal is audited. */
    @Test
    void theDocumentPageMasksIdAndPhoneNumbersUntilAnAuditedReveal() throws Exception {
        DocumentType type = new IntakeDocumentTypes()
                .documentTypes().stream()
                        .filter(t -> t.code().equals(IntakeDocumentTypes.COMPLAINT_REGISTRATION))
                        .findFirst()
                        .orElseThrow();
        DocumentView draft = documents.draft(
                new DocumentRequest(type.code(), uniqueCase(), "D1", "G01", null, type.sample(), List.of()), "clerk1");
        mvc.perform(get("/documents/" + draft.id()).with(as("clerk1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("330106********4426")))
                .andExpect(content().string(containsString("138****2346")))
                .andExpect(content().string(containsString("330106********3317")))
                .andExpect(content().string(not(containsString("330106198805124426"))))
                .andExpect(content().string(not(containsString("13805712346"))))
                .andExpect(content().string(not(containsString("330106199002153317"))));
        long audited = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and target_type = 'DOCUMENT'"
                        + " and target_id = ?",
                Long.class,
                String.valueOf(draft.id()));
        assertThat(audited).isZero();

        mvc.perform(post("/documents/" + draft.id() + "/reveal")
                        .with(as("clerk1"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("330106198805124426")))
                .andExpect(content().string(containsString("13805712346")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'VIEW_PERSONAL_DATA' and target_type = 'DOCUMENT'"
                                + " and target_id = ? and actor = 'clerk1'",
                        Long.class,
                        String.valueOf(draft.id())))
                .isEqualTo(1);
        // someone who may not see the document gets no reveal either
        mvc.perform(post("/documents/" + draft.id() + "/reveal")
                        .with(as("inspector4"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
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
        IntakeFixtures fx = new IntakeFixtures(jdbc, userLookup);
        String clerk = fx.clerk.username();
        DocumentView issued = documents.issue(
                documents.draft(acceptance(fx.office, complaintOf(fx)), clerk).id(), clerk);

        mvc.perform(get("/documents/" + issued.id()).with(as(clerk)))
                .andExpect(content().string(not(containsString("id=\"issue\""))))
                .andExpect(content().string(containsString("id=\"correct\"")))
                .andExpect(content().string(containsString(issued.verificationCode())));
        mvc.perform(post("/documents/" + issued.id() + "/correct")
                        .with(as(clerk))
                        .with(csrf())
                        .param("f.complainantName", "李秀英"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写投诉日期")));
    }

    @Test
    void serviceIsRecordedFromTheDocumentPageAndRefusedNamingTheFields() throws Exception {
        IntakeFixtures fx = new IntakeFixtures(jdbc, userLookup);
        String clerk = fx.clerk.username();
        DocumentView issued = documents.issue(
                documents.draft(acceptance(fx.office, complaintOf(fx)), clerk).id(), clerk);
        long recipient = issued.recipients().get(0).id();
        java.time.LocalDateTime hour = java.time.LocalDateTime.ofInstant(
                issued.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.HOURS), Dates.ZONE);

        mvc.perform(multipart("/documents/" + issued.id() + "/service")
                        .with(as(clerk))
                        .with(csrf())
                        .param("recipientId", String.valueOf(recipient))
                        .param("method", "LEFT")
                        .param("servedOn", hour.toLocalDate().toString())
                        .param("servedHour", String.valueOf(hour.getHour()))
                        .param("server", "王芳"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("留置送达须有见证人在场，或者以拍照、录像记录送达过程")))
                .andExpect(content().string(containsString("留置地点")));

        mvc.perform(multipart("/documents/" + issued.id() + "/service")
                        .file(new MockMultipartFile("evidence", "回证.png", "image/png", ServiceRecordsIT.PNG))
                        .with(as(clerk))
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
                .andExpect(
                        flash().attribute("flashSuccess", containsString("留置送达，送达回证 " + fx.officeShortName + "送字〔")));

        mvc.perform(get("/documents/" + issued.id()).with(as(clerk)))
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
                .andExpect(content().string(containsString("nav-text\">文书种类</span></a>")));
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
        IntakeFixtures fx = new IntakeFixtures(jdbc, userLookup);
        String clerk = fx.clerk.username();
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        BrokenTemplateTypes.BROKEN,
                        complaintOf(fx),
                        fx.office,
                        null,
                        null,
                        java.util.Map.of("title", "测试"),
                        List.of()),
                clerk);
        mvc.perform(post("/documents/" + draft.id() + "/issue").with(as(clerk)).with(csrf()))
                .andExpect(redirectedUrl("/documents/" + draft.id()))
                .andExpect(flash().attribute("flashError", containsString("请联系系统管理员检查模板")));
        assertThat(documents.get(draft.id()).status()).isEqualTo(DocumentStatus.DRAFT);
    }

    /** A complaint of the fixture's office, registered by its clerk. */
    private CaseRef complaintOf(IntakeFixtures fx) {
        Registration r = registration.register(
                fx.clerk,
                new RegisterComplaintRequest(
                        "COMPLAINT",
                        "COUNTER",
                        null,
                        List.of(new RegisterComplaintRequest.ComplainantRequest(
                                "王小明", IntakeFixtures.idNumber(), IntakeFixtures.mobile(), "测试住址", null)),
                        new RegisterComplaintRequest.EmployerRequest(fx.employer(), null, null, null, null),
                        "WAGE_ARREARS",
                        1,
                        null,
                        TestClock.get().today().minusMonths(2),
                        null,
                        false,
                        "拖欠工资",
                        null,
                        "支付拖欠的工资"));
        return CaseRef.of(CaseType.COMPLAINT, r.id());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
