package cn.laborcase.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The menu registry's rules: what it refuses at start, and who sees which entries. */
class MenusTest {

    static final MenuGroup TRACK = new MenuGroup("track", "仲裁", "bank", 50);

    static MenuEntry entry(String label, String key, Set<String> roles) {
        return new MenuEntry(TRACK, label, "list", "/" + key, 10, roles, key);
    }

    static Authentication user(String... roles) {
        return UsernamePasswordAuthenticationToken.authenticated(
                "u",
                null,
                AuthorityUtils.createAuthorityList(
                        Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new)));
    }

    @Test
    void refusesAtStartAnEntryContributedWithoutARoleRule() {
        new ApplicationContextRunner()
                .withBean(Menus.class)
                .withBean(MenuContributor.class, () -> () -> List.of(entry("仲裁案件", "cases", Set.of())))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("仲裁案件")
                            .hasMessageContaining("no role rule");
                });
    }

    @Test
    void refusesRoleNamesWithThePrefixUnknownGroupsTwinsAndForeignAddresses() {
        assertThatThrownBy(() -> new Menus(List.of(() -> List.of(entry("甲", "a", Set.of("ROLE_ADMIN"))))))
                .hasMessageContaining("not a role name");
        assertThatThrownBy(() -> new Menus(
                        List.of(() -> List.of(entry("甲", "a", Set.of("ADMIN")), entry("乙", "a", Set.of("ADMIN"))))))
                .hasMessageContaining("active key");
        assertThatThrownBy(() -> new Menus(List.of(() -> List.of(
                        new MenuEntry(TRACK, "甲", "list", "https://elsewhere.example/", 1, Set.of("ADMIN"), "a")))))
                .hasMessageContaining("address");
        assertThatThrownBy(() -> new Menus(List.of(() -> List.of(
                        entry("甲", "a", Set.of("ADMIN")),
                        new MenuEntry(
                                new MenuGroup("track", "仲裁", "gear", 60),
                                "乙",
                                "list",
                                "/b",
                                1,
                                Set.of("ADMIN"),
                                "b")))))
                .hasMessageContaining("disagrees");
    }

    @Test
    void givesEachUserTheEntriesOfHisRolesInOrderAndNothingToAnAnonymousVisitor() {
        Menus menus = new Menus(List.of(
                () -> List.of(
                        new MenuEntry(
                                MenuGroup.ADMINISTRATION, "人员", "people", "/admin/staff", 20, Set.of("ADMIN"), "staff"),
                        new MenuEntry(
                                MenuGroup.WORKBENCH, "待办任务", "inbox", "/inbox", 20, Set.of("INSPECTOR"), "inbox")),
                () -> List.of(
                        new MenuEntry(MenuGroup.WORKBENCH, "首页", "house", "/", 10, MenuEntry.EVERY_ROLE, "home"),
                        entry("仲裁案件", "cases", Set.of("ARBITRATOR", "INSPECTOR")))));

        assertThat(labels(menus.sidebar(user("INSPECTOR"), "inbox"))).containsExactly("工作台:首页", "工作台:待办任务*", "仲裁:仲裁案件");
        assertThat(labels(menus.sidebar(user("ADMIN"), "staff"))).containsExactly("工作台:首页", "系统管理:人员*");
        assertThat(menus.sidebar(
                        new AnonymousAuthenticationToken(
                                "k", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                        ""))
                .isEmpty();
        assertThat(menus.sidebar(null, "")).isEmpty();
        assertThat(menus.trail(user("INSPECTOR"), "cases", "〔2026〕仲字第3号"))
                .extracting(Menus.Crumb::label)
                .containsExactly("仲裁", "仲裁案件", "〔2026〕仲字第3号");
        assertThat(menus.trail(user("INSPECTOR"), "staff", null))
                .as("an entry the user does not see is no breadcrumb either")
                .isEmpty();
    }

    static List<String> labels(List<Menus.SidebarGroup> groups) {
        return groups.stream()
                .flatMap(g -> g.items().stream()
                        .map(i -> g.group().label() + ":" + i.entry().label() + (i.active() ? "*" : "")))
                .toList();
    }
}
