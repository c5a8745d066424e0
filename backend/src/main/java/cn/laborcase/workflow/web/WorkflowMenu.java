package cn.laborcase.workflow.web;

import cn.laborcase.organization.Role;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The task inbox for every role that works cases, 流程运维 for the administrator. */
@Component
class WorkflowMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry(MenuGroup.WORKBENCH, "待办任务", "inbox", "/inbox", 20, caseWorkers(), "inbox"),
                new MenuEntry(
                        MenuGroup.ADMINISTRATION,
                        "流程运维",
                        "diagram-3",
                        "/admin/operations",
                        80,
                        Set.of(Role.ADMIN.name()),
                        "operations"));
    }

    /** Every role but the administrator's: they all receive tasks. */
    private static Set<String> caseWorkers() {
        return Arrays.stream(Role.values())
                .filter(r -> r != Role.ADMIN)
                .map(Role::name)
                .collect(Collectors.toUnmodifiableSet());
    }
}
