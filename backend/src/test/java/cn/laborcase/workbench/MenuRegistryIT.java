package cn.laborcase.workbench;

import static cn.laborcase.support.UserAgent.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.organization.Role;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.UserAgent;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** The menus the modules register, as each role gets them from the registry and in the rendered sidebar. */
@IntegrationTest
class MenuRegistryIT {

    static final Pattern SIDEBAR_LINK = Pattern.compile("<a href=\"([^\"]+)\" id=\"nav-([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Menus menus;

    @Test
    void everyEntryNamesRealRolesAndEveryModuleWithPagesContributes() {
        for (MenuEntry entry : menus.entries()) {
            for (String role : entry.roles()) {
                assertThat(role.equals("*") || Role.parse(role).isPresent())
                        .as("%s names the role %s", entry.label(), role)
                        .isTrue();
            }
        }
        assertThat(menus.entries())
                .extracting(MenuEntry::href)
                .contains(
                        "/",
                        "/inbox",
                        "/notifications",
                        "/complaints",
                        "/documents",
                        "/admin",
                        "/admin/staff",
                        "/admin/offices",
                        "/admin/grids",
                        "/admin/roles",
                        "/admin/calendar",
                        "/admin/documents",
                        "/admin/audit",
                        "/admin/operations",
                        "/admin/mail");
    }

    @Test
    void givesEachRoleItsMenusFromTheRegistry() {
        assertThat(keys(Role.INSPECTOR))
                .contains("home", "inbox", "notifications", "complaints", "complaint-new", "documents")
                .doesNotContain("admin", "staff", "audit", "mail", "operations");
        assertThat(keys(Role.MEDIATOR))
                .contains("home", "inbox", "documents")
                .doesNotContain("complaints", "admin", "staff");
        assertThat(keys(Role.ADMIN))
                .contains("home", "documents", "admin", "staff", "offices", "grids", "roles", "calendar", "audit")
                .doesNotContain("inbox", "complaints");
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                assertThat(menus.sidebar(user(role), "").stream()
                                .map(g -> g.group().label()))
                        .as("%s sees no 系统管理", role)
                        .doesNotContain("系统管理");
            }
        }
    }

    @Test
    void rendersTheSidebarOfTheRolesOnEveryPageWithTheCurrentEntryMarked() {
        UserAgent clerk = UserAgent.loggedIn(port, "clerk1", DEMO_PASSWORD);
        String page = clerk.get("/complaints").body();
        assertThat(links(page))
                .contains("/inbox", "/complaints", "/complaints/new", "/documents")
                .doesNotContain("/admin", "/admin/staff");
        assertThat(page)
                .containsPattern("id=\"nav-complaints\"[^>]*aria-current=\"page\"[^>]*class=\"active\"")
                .doesNotContainPattern("id=\"nav-documents\"[^>]*class=\"active\"");
        assertThat(page).contains("id=\"breadcrumbs\"").contains("举报投诉");

        UserAgent admin = UserAgent.loggedIn(port, "admin", DEMO_PASSWORD);
        String console = admin.get("/admin/staff").body();
        assertThat(links(console)).contains("/admin", "/admin/staff", "/admin/audit", "/admin/mail");
        assertThat(console).contains("系统管理");
    }

    List<String> keys(Role role) {
        return menus.sidebar(user(role), "").stream()
                .flatMap(g -> g.items().stream())
                .map(i -> i.entry().activeKey())
                .toList();
    }

    static UsernamePasswordAuthenticationToken user(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "u", null, AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
    }

    static List<String> links(String html) {
        Matcher m = SIDEBAR_LINK.matcher(html);
        java.util.ArrayList<String> links = new java.util.ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
