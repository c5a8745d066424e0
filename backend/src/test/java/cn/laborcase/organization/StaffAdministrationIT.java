package cn.laborcase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.audit.AuditEntry;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.audit.AuditQuery;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class StaffAdministrationIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffAdministration staff;

    @Autowired
    AuditJournal audit;

    AdminFixtures admin;
    String suffix;
    long office;

    @BeforeEach
    void setUp() throws Exception {
        admin = new AdminFixtures(context, users);
        suffix = AdminFixtures.unique();
        office = admin.createInspectionOffice(suffix);
    }

    @Test
    void createsStaffWhoCanThenLogInWithTheNewPassword() throws Exception {
        String username = "t" + suffix.toLowerCase();
        long id = admin.createStaff(username, office, "INSPECTOR", "INTAKE_CLERK");

        StaffDetails created = staff.get(id);
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.INSPECTOR, Role.INTAKE_CLERK);
        assertThat(created.active()).isTrue();
        assertThat(created.demo()).isFalse();
        admin.mvc
                .perform(formLogin("/login").user(username).password(AdminFixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(username));
        admin.mvc
                .perform(formLogin("/login").user(username).password("wrong-Password1"))
                .andExpect(unauthenticated());

        assertThat(journal("STAFF_CREATED", username)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.remoteAddr()).isEqualTo("127.0.0.1");
            assertThat(e.afterState()).contains("角色=").contains("0571****1234").doesNotContain("86001234");
        });
    }

    @Test
    void listsStaffWithMaskedPhonesAndFilters() throws Exception {
        String username = "t" + suffix.toLowerCase();
        admin.createStaff(username, office, "GRID_ASSISTANT");

        admin.mvc
                .perform(get("/admin/staff").param("text", username).with(admin.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-username=\"" + username + "\"")))
                .andExpect(content().string(containsString("0571****1234")))
                .andExpect(content().string(not(containsString("86001234"))));
        admin.mvc
                .perform(get("/admin/staff")
                        .param("officeId", String.valueOf(office))
                        .param("role", "INSPECTOR")
                        .with(admin.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-username=\"" + username + "\""))));
        cn.laborcase.shared.Page<StaffSummary> page =
                staff.search(new StaffSearch(office, Role.GRID_ASSISTANT, null, true, 0, 20));
        assertThat(page.items()).extracting(StaffSummary::username).containsExactly(username);
    }

    @Test
    void refusesADuplicateUsernameNamingTheField() throws Exception {
        String username = "t" + suffix.toLowerCase();
        admin.createStaff(username, office, "INTAKE_CLERK");

        admin.mvc
                .perform(admin.form("/admin/staff")
                        .param("username", username)
                        .param("password", AdminFixtures.PASSWORD)
                        .param("displayName", "重名")
                        .param("officeId", String.valueOf(office))
                        .param("roles", "INTAKE_CLERK"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-username\"")))
                .andExpect(content().string(containsString("已被使用")));
        assertThat(journal("STAFF_CREATED", username)).hasSize(1);
    }

    @Test
    void refusesWeakPasswordsAndBadFieldsWritingNothing() throws Exception {
        String username = "t" + suffix.toLowerCase();
        admin.mvc
                .perform(admin.form("/admin/staff")
                        .param("username", username)
                        .param("password", "onlyletters")
                        .param("displayName", "弱密码")
                        .param("officeId", String.valueOf(office))
                        .param("roles", "INTAKE_CLERK"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-password\"")))
                .andExpect(content().string(containsString("密码须同时包含字母和数字")));

        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> staff.create(new CreateStaffRequest(
                        "Bad Name!", "a1", " ", null, null, "abc", "not-an-email", null, Set.of(), null, null)));
        assertThat(e.problems())
                .extracting(p -> p.field())
                .contains("username", "password", "displayName", "officeId", "phone", "email", "roles");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(staff.search(new StaffSearch(null, null, username, null, 0, 5))
                        .total())
                .isZero();
    }

    @Test
    void refusesAStaleVersionWithAConflictShownOnThePage() throws Exception {
        String username = "t" + suffix.toLowerCase();
        long id = admin.createStaff(username, office, "INTAKE_CLERK");

        admin.mvc
                .perform(edit(id, "第一次修改", 0))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/staff/" + id));
        admin.mvc
                .perform(edit(id, "基于旧版本的修改", 0))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改，请刷新后重试")))
                .andExpect(content().string(containsString("第一次修改")));

        assertThat(staff.get(id).displayName()).isEqualTo("第一次修改");
        assertThat(journal("STAFF_UPDATED", username)).singleElement().satisfies(e -> {
            assertThat(e.beforeState()).contains("姓名=测试" + username);
            assertThat(e.afterState()).contains("姓名=第一次修改");
        });
    }

    @Test
    void deactivatedStaffCannotLogInUntilReactivated() throws Exception {
        String username = "t" + suffix.toLowerCase();
        long id = admin.createStaff(username, office, "MEDIATOR");

        admin.mvc
                .perform(admin.form("/admin/staff/{id}/deactivate", id).param("version", "0"))
                .andExpect(redirectedUrl("/admin/staff/" + id));
        admin.mvc
                .perform(formLogin("/login").user(username).password(AdminFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
        admin.mvc
                .perform(admin.form("/admin/staff/{id}/reactivate", id).param("version", "1"))
                .andExpect(redirectedUrl("/admin/staff/" + id));
        admin.mvc
                .perform(formLogin("/login").user(username).password(AdminFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username));

        assertThat(journal("STAFF_DEACTIVATED", username)).hasSize(1);
        assertThat(journal("STAFF_REACTIVATED", username)).hasSize(1);
    }

    @Test
    void unlocksAnAccountLockedByFailedLogins() throws Exception {
        String username = "t" + suffix.toLowerCase();
        long id = admin.createStaff(username, office, "MEDIATOR");
        for (int i = 0; i < 5; i++) {
            admin.mvc.perform(formLogin("/login").user(username).password("Wrong-pass-" + i));
        }
        assertThat(staff.get(id).locked()).isTrue();
        admin.mvc
                .perform(formLogin("/login").user(username).password(AdminFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));

        int version = staff.get(id).version();
        admin.mvc
                .perform(admin.form("/admin/staff/{id}/unlock", id).param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/admin/staff/" + id));

        assertThat(staff.get(id).locked()).isFalse();
        assertThat(staff.get(id).failedLogins()).isZero();
        admin.mvc
                .perform(formLogin("/login").user(username).password(AdminFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username));
        assertThat(journal("STAFF_UNLOCKED", username)).singleElement().satisfies(e -> assertThat(e.beforeState())
                .startsWith("锁定至"));
    }

    @Test
    void resetsAPasswordTypedTwiceAndNeverJournalsIt() throws Exception {
        String username = "t" + suffix.toLowerCase();
        long id = admin.createStaff(username, office, "MEDIATOR");
        String newPassword = "Changed2026x";

        admin.mvc
                .perform(admin.form("/admin/staff/{id}/password", id)
                        .param("password", newPassword)
                        .param("confirmPassword", "Different2026x")
                        .param("version", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-confirmPassword\"")));
        admin.mvc
                .perform(admin.form("/admin/staff/{id}/password", id)
                        .param("password", newPassword)
                        .param("confirmPassword", newPassword)
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/staff/" + id));

        admin.mvc
                .perform(formLogin("/login").user(username).password(AdminFixtures.PASSWORD))
                .andExpect(unauthenticated());
        admin.mvc
                .perform(formLogin("/login").user(username).password(newPassword))
                .andExpect(authenticated().withUsername(username));
        assertThat(journal("STAFF_PASSWORD_RESET", username)).singleElement().satisfies(e -> {
            assertThat(e.beforeState()).isNull();
            assertThat(e.afterState()).isNull();
            assertThat(e.summary()).doesNotContain(newPassword);
        });
    }

    @Test
    void keepsGridMembershipsWithinTheStaffMembersOfficeAndRole() throws Exception {
        String inspector = "t" + suffix.toLowerCase() + "i";
        String clerk = "t" + suffix.toLowerCase() + "c";
        long inspectorId = admin.createStaff(inspector, office, "INSPECTOR");
        long clerkId = admin.createStaff(clerk, office, "INTAKE_CLERK");
        long grid = admin.createGrid("TG" + suffix, office, inspectorId);

        // a grid of another office
        admin.mvc
                .perform(edit(
                        clerkId, "测试" + clerk, 0, List.of("INTAKE_CLERK", "INSPECTOR"), List.of(gridOfOtherOffice())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-inspectorGridIds\"")))
                .andExpect(content().string(containsString("人员只能加入本机构的网格")));
        // an inspector's grid without the INSPECTOR role
        admin.mvc
                .perform(edit(clerkId, "测试" + clerk, 0, List.of("INTAKE_CLERK"), List.of(grid)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("只有劳动保障监察员可以作为网格监察员")));
        // the responsible inspector keeps his role and his grid
        admin.mvc
                .perform(edit(
                        inspectorId,
                        "测试" + inspector,
                        staff.get(inspectorId).version(),
                        List.of("MEDIATOR"),
                        List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-roles\"")))
                .andExpect(content().string(containsString("id=\"error-inspectorGridIds\"")));

        // nor is he deactivated while he answers for the grid
        admin.mvc
                .perform(admin.form("/admin/staff/{id}/deactivate", inspectorId)
                        .param("version", String.valueOf(staff.get(inspectorId).version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("的责任监察员，请先在网格页更换责任监察员再停用")));

        assertThat(staff.get(inspectorId).active()).isTrue();
        assertThat(staff.get(clerkId).roles()).containsExactly(Role.INTAKE_CLERK);
        assertThat(staff.get(inspectorId).inspectorGridIds()).containsExactly(grid);
    }

    @Test
    void staffWhoAreNotAdministratorsAreRefusedEveryAdminPage() throws Exception {
        for (String page : List.of(
                "/admin",
                "/admin/staff",
                "/admin/staff/new",
                "/admin/offices",
                "/admin/grids",
                "/admin/roles",
                "/admin/audit",
                "/admin/operations")) {
            admin.mvc.perform(get(page).with(admin.as("inspector1"))).andExpect(status().isForbidden());
        }
        admin.mvc
                .perform(post("/admin/staff")
                        .with(csrf())
                        .with(admin.as("leader1"))
                        .param("username", "t" + suffix.toLowerCase())
                        .param("password", AdminFixtures.PASSWORD)
                        .param("displayName", "越权")
                        .param("officeId", String.valueOf(office))
                        .param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(staff.search(new StaffSearch(null, null, "t" + suffix.toLowerCase(), null, 0, 5))
                        .total())
                .isZero();
    }

    /** The edit form as the page would post it, with the staff member's current roles and grids. */
    private MockHttpServletRequestBuilder edit(long id, String displayName, int version) {
        StaffDetails current = staff.get(id);
        return edit(
                id,
                displayName,
                version,
                current.roles().stream().map(Role::name).toList(),
                List.copyOf(current.inspectorGridIds()));
    }

    private MockHttpServletRequestBuilder edit(
            long id, String displayName, int version, List<String> roles, List<Long> inspectorGrids) {
        MockHttpServletRequestBuilder request = admin.form("/admin/staff/{id}", id)
                .param("displayName", displayName)
                .param("officeId", String.valueOf(office))
                .param("version", String.valueOf(version));
        roles.forEach(r -> request.param("roles", r));
        inspectorGrids.forEach(g -> request.param("inspectorGridIds", String.valueOf(g)));
        return request;
    }

    private long gridOfOtherOffice() {
        return context.getBean(GridAdministration.class).list(null).stream()
                .filter(g -> g.officeId() != office)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<AuditEntry> journal(String action, String username) {
        return audit.search(new AuditQuery(null, action, "STAFF", username, null, null, 0, 10));
    }
}
