package cn.laborcase.notification.web;

import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 通知 for everyone, 邮件 (the outbox) for the administrator. */
@Component
class NotificationMenu implements MenuContributor {

    // organization.Role.ADMIN by name: this module is below organization and must not depend on it
    private static final Set<String> ADMIN = Set.of("ADMIN");

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(
                        MenuGroup.WORKBENCH, "通知", "bell", "/notifications", 30, MenuEntry.EVERY_ROLE, "notifications"),
                new MenuEntry(MenuGroup.ADMINISTRATION, "邮件", "envelope", "/admin/mail", 90, ADMIN, "mail"));
    }
}
