package cn.laborcase.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.laborcase.audit.AuditEntry;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.audit.AuditQuery;
import cn.laborcase.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class OfficeAndGridAdministrationIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    OfficeAdministration offices;

    @Autowired
    GridAdministration grids;

    @Autowired
    StaffAdministration staff;

    @Autowired
    AuditJournal audit;

    AdminFixtures admin;
    String suffix;

    @BeforeEach
    void setUp() {
        admin = new AdminFixtures(context, users);
        suffix = AdminFixtures.unique();
    }

    @Test
    void createsAnOfficeInTheTreeAndEditsIt() throws Exception {
        long id = admin.createInspectionOffice(suffix);

        admin.mvc
                .perform(get("/admin/offices").with(admin.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"T" + suffix + "\"")))
                .andExpect(content().string(containsString("padding-left: 34px")));
        admin.mvc
                .perform(officeEdit(id, "测试监察支队" + suffix, "改" + suffix, null, true, 0))
                .andExpect(redirectedUrl("/admin/offices/" + id));

        Office after = offices.get(id);
        assertThat(after.name()).isEqualTo("测试监察支队" + suffix);
        assertThat(after.shortName()).isEqualTo("改" + suffix);
        assertThat(after.parentId()).isNull();
        assertThat(after.code()).isEqualTo("T" + suffix);
        assertThat(journal("OFFICE_CREATED", "OFFICE", "T" + suffix))
                .singleElement()
                .satisfies(e -> assertThat(e.afterState()).contains("上级=C0"));
        assertThat(journal("OFFICE_UPDATED", "OFFICE", "T" + suffix))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("admin");
                    assertThat(e.beforeState()).contains("简称=测" + suffix).contains("上级=C0");
                    assertThat(e.afterState()).contains("简称=改" + suffix).contains("上级=—");
                });
    }

    @Test
    void refusesAParentThatIsTheOfficeItselfOrBelowIt() throws Exception {
        long upper = admin.createInspectionOffice(suffix + "A");
        long lower = admin.mvc
                .perform(admin.form("/admin/offices")
                        .param("code", "T" + suffix + "B")
                        .param("name", "下级" + suffix)
                        .param("shortName", "下" + suffix)
                        .param("kind", "INSPECTION")
                        .param("regionName", "测试街道")
                        .param("parentId", String.valueOf(upper)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl()
                .transform(url -> Long.parseLong(url.substring("/admin/offices/".length())));

        admin.mvc
                .perform(officeEdit(upper, "上级" + suffix, "测" + suffix + "A", lower, true, 0))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-parentId\"")))
                .andExpect(content().string(containsString("上级机构不能是本机构的下级机构")));
        admin.mvc
                .perform(officeEdit(upper, "上级" + suffix, "测" + suffix + "A", upper, true, 0))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("上级机构不能是本机构")));
        assertThat(offices.get(upper).parentId()).isNotEqualTo(lower);
        assertThat(offices.get(upper).version()).isZero();
    }

    @Test
    void refusesDuplicateCodesAndShortNames() throws Exception {
        admin.createInspectionOffice(suffix);
        admin.mvc
                .perform(admin.form("/admin/offices")
                        .param("code", "T" + suffix)
                        .param("name", "重复" + suffix)
                        .param("shortName", "测" + suffix)
                        .param("kind", "INSPECTION")
                        .param("regionName", "测试区"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-code\"")))
                .andExpect(content().string(containsString("id=\"error-shortName\"")));
    }

    @Test
    void refusesClosingAnOfficeThatStillHasStaff() throws Exception {
        long office = admin.createInspectionOffice(suffix);
        admin.createStaff("t" + suffix.toLowerCase(), office, "INTAKE_CLERK");

        admin.mvc
                .perform(officeEdit(office, "测试监察大队" + suffix, "测" + suffix, admin.officeId("C0"), false, 0))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-active\"")))
                .andExpect(content().string(containsString("在岗人员 1 人")));
        assertThat(offices.get(office).active()).isTrue();
    }

    @Test
    void createsAGridWithItsResponsibleInspectorAndEditsItsMembers() throws Exception {
        long office = admin.createInspectionOffice(suffix);
        String lower = suffix.toLowerCase();
        long first = admin.createStaff("t" + lower + "a", office, "INSPECTOR");
        long second = admin.createStaff("t" + lower + "b", office, "INSPECTOR");
        long assistant = admin.createStaff("t" + lower + "c", office, "GRID_ASSISTANT");
        String code = "TG" + suffix;

        long grid = admin.createGrid(code, office, first, assistant);

        GridSummary created = grids.get(grid);
        assertThat(created.responsibleId()).isEqualTo(first);
        assertThat(created.inspectors())
                .extracting(GridSummary.GridMember::staffId)
                .containsExactly(first);
        assertThat(created.assistants())
                .extracting(GridSummary.GridMember::staffId)
                .containsExactly(assistant);
        assertThat(staff.get(assistant).assistantGridIds()).containsExactly(grid);
        admin.mvc
                .perform(get("/admin/grids")
                        .param("officeId", String.valueOf(office))
                        .with(admin.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-code=\"" + code + "\"")))
                .andExpect(content().string(containsString("<td class=\"responsible\">测试t" + lower + "a</td>")))
                // names, never usernames (issue 10)
                .andExpect(content().string(not(containsString("（t" + lower + "a）"))))
                .andExpect(content().string(containsString("<td class=\"employers\">0</td>")));

        // hand the grid to the second inspector; the first leaves it
        admin.mvc
                .perform(gridEdit(grid, second, List.of(second), List.of(assistant), true, 0))
                .andExpect(redirectedUrl("/admin/grids/" + grid));

        GridSummary after = grids.get(grid);
        assertThat(after.responsibleId()).isEqualTo(second);
        assertThat(after.inspectors())
                .extracting(GridSummary.GridMember::staffId)
                .containsExactly(second);
        assertThat(staff.get(first).inspectorGridIds()).isEmpty();
        assertThat(journal("GRID_CREATED", "GRID", code)).hasSize(1);
        assertThat(journal("GRID_UPDATED", "GRID", code)).singleElement().satisfies(e -> {
            assertThat(e.beforeState()).contains("责任监察员=t" + lower + "a");
            assertThat(e.afterState()).contains("责任监察员=t" + lower + "b").contains("监察员=t" + lower + "b；");
        });
    }

    @Test
    void refusesAResponsibleInspectorWithoutTheInspectorRole() throws Exception {
        long office = admin.createInspectionOffice(suffix);
        long clerk = admin.createStaff("t" + suffix.toLowerCase(), office, "INTAKE_CLERK");

        admin.mvc
                .perform(admin.form("/admin/grids")
                        .param("code", "TG" + suffix)
                        .param("name", "无监察员网格")
                        .param("officeId", String.valueOf(office))
                        .param("responsibleInspectorId", String.valueOf(clerk)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-responsibleInspectorId\"")))
                .andExpect(content().string(containsString("不是劳动保障监察员，不能担任责任监察员")));
        assertThat(grids.list(office)).isEmpty();
    }

    @Test
    void refusesGridMembersFromAnotherOffice() throws Exception {
        long office = admin.createInspectionOffice(suffix + "A");
        long otherOffice = admin.createInspectionOffice(suffix + "B");
        long inspector = admin.createStaff("t" + suffix.toLowerCase() + "a", office, "INSPECTOR");
        long outsider = admin.createStaff("t" + suffix.toLowerCase() + "b", otherOffice, "INSPECTOR");

        admin.mvc
                .perform(admin.form("/admin/grids")
                        .param("code", "TG" + suffix)
                        .param("name", "跨机构网格")
                        .param("officeId", String.valueOf(office))
                        .param("responsibleInspectorId", String.valueOf(outsider))
                        .param("inspectorIds", String.valueOf(inspector), String.valueOf(outsider)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-responsibleInspectorId\"")))
                .andExpect(content().string(containsString("id=\"error-inspectorIds\"")));
    }

    @Test
    void aGridChangedFromAStaffPageCannotBeSavedOverFromAnOlderGridPage() throws Exception {
        long office = admin.createInspectionOffice(suffix);
        String lower = suffix.toLowerCase();
        long inspector = admin.createStaff("t" + lower + "a", office, "INSPECTOR");
        long colleague = admin.createStaff("t" + lower + "b", office, "INSPECTOR");
        long grid = admin.createGrid("TG" + suffix, office, inspector);
        int loaded = grids.get(grid).version();

        // the colleague joins the grid from his staff page
        admin.mvc
                .perform(admin.form("/admin/staff/{id}", colleague)
                        .param("displayName", "测试t" + lower + "b")
                        .param("officeId", String.valueOf(office))
                        .param("roles", "INSPECTOR")
                        .param("inspectorGridIds", String.valueOf(grid))
                        .param("version", String.valueOf(staff.get(colleague).version())))
                .andExpect(redirectedUrl("/admin/staff/" + colleague));

        admin.mvc
                .perform(gridEdit(grid, inspector, List.of(inspector), List.of(), true, loaded))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改")));
        assertThat(grids.get(grid).inspectors())
                .extracting(GridSummary.GridMember::staffId)
                .containsExactlyInAnyOrder(inspector, colleague);
    }

    @Test
    void refusesStoppingAGridThatStillHasEmployers() throws Exception {
        GridSummary demo = grids.list(null).stream()
                .filter(g -> g.employerCount() > 0)
                .findFirst()
                .orElseThrow();

        admin.mvc
                .perform(gridEdit(
                        demo.id(),
                        demo.responsibleId(),
                        demo.inspectors().stream()
                                .map(GridSummary.GridMember::staffId)
                                .toList(),
                        demo.assistants().stream()
                                .map(GridSummary.GridMember::staffId)
                                .toList(),
                        false,
                        demo.version()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-active\"")));
        assertThat(grids.get(demo.id()).active()).isTrue();
        assertThat(grids.get(demo.id()).version()).isEqualTo(demo.version());
    }

    private MockHttpServletRequestBuilder officeEdit(
            long id, String name, String shortName, Long parentId, boolean active, int version) {
        MockHttpServletRequestBuilder request = admin.form("/admin/offices/{id}", id)
                .param("name", name)
                .param("shortName", shortName)
                .param("kind", "INSPECTION")
                .param("regionName", "测试区")
                .param("version", String.valueOf(version));
        if (parentId != null) {
            request.param("parentId", String.valueOf(parentId));
        }
        if (active) {
            request.param("active", "true");
        }
        return request;
    }

    private MockHttpServletRequestBuilder gridEdit(
            long id, long responsible, List<Long> inspectors, List<Long> assistants, boolean active, int version) {
        GridSummary current = grids.get(id);
        MockHttpServletRequestBuilder request = admin.form("/admin/grids/{id}", id)
                .param("name", current.name())
                .param("areaDescription", current.areaDescription() == null ? "" : current.areaDescription())
                .param("responsibleInspectorId", String.valueOf(responsible))
                .param("version", String.valueOf(version));
        inspectors.forEach(s -> request.param("inspectorIds", String.valueOf(s)));
        assistants.forEach(s -> request.param("assistantIds", String.valueOf(s)));
        if (active) {
            request.param("active", "true");
        }
        return request;
    }

    private List<AuditEntry> journal(String action, String type, String id) {
        return audit.search(new AuditQuery(null, action, type, id, null, null, 0, 10));
    }
}
