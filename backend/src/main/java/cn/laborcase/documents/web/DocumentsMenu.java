package cn.laborcase.documents.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 文书 for everyone (each sees the documents of the cases he may see), 文书种类 for the administrator. */
@Component
class DocumentsMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(
                        MenuGroup.DOCUMENTS,
                        "文书",
                        "file-earmark-text",
                        "/documents",
                        10,
                        MenuEntry.EVERY_ROLE,
                        "documents"),
                new MenuEntry(
                        MenuGroup.ADMINISTRATION,
                        "文书种类",
                        "journal-text",
                        "/admin/documents",
                        70,
                        Set.of(Role.ADMIN.name()),
                        "admin-documents"));
    }
}
