package cn.laborcase.audit.web;

import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 审计日志 for the administrator. */
@Component
class AuditMenu implements MenuContributor {

    // organization.Role.ADMIN by name: this module is below organization and must not depend on it
    private static final Set<String> ADMIN = Set.of("ADMIN");

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(MenuGroup.ADMINISTRATION, "审计日志", "shield-check", "/admin/audit", 75, ADMIN, "audit"));
    }
}
