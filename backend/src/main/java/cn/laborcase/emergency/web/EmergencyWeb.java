package cn.laborcase.emergency.web;

import cn.laborcase.emergency.IncidentQueries;
import cn.laborcase.emergency.WageIncidents;
import cn.laborcase.home.HomePanel;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import cn.laborcase.workflow.CaseLink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the emergency track adds to the shared screens: the sidebar entry, the leaders' home panel of approvals
 * against the clock (first on the page, with the minutes left), and the link from its tasks to the incident page.
 */
@Configuration(proxyBeanMethods = false)
class EmergencyWeb {

    /** Before every other panel (the leader's 督办 is 50, the inbox 100): an emergency approval cannot wait. */
    static final int APPROVALS_ORDER = 10;

    static final MenuGroup EMERGENCY = new MenuGroup("emergency", "应急处置", "exclamation-triangle", 25);

    private static final Set<String> SEE = Set.of(
            Role.INSPECTOR.name(), Role.SECTION_LEADER.name(), Role.BUREAU_LEADER.name(), Role.INTAKE_CLERK.name());

    @Bean
    MenuContributor emergencyMenu() {
        return () -> List.of(
                new MenuEntry(EMERGENCY, "欠薪事件", "exclamation-triangle", "/wage-incidents", 10, SEE, "wage-incidents"),
                new MenuEntry(EMERGENCY, "报告欠薪事件", "plus-square", "/wage-incidents/new", 20, SEE, "wage-incident-new"));
    }

    @Bean
    HomePanel emergencyApprovalsPanel(IncidentQueries queries) {
        return new HomePanel() {
            @Override
            public int order() {
                return APPROVALS_ORDER;
            }

            @Override
            public boolean shows(CurrentUser user) {
                return user.has(Role.SECTION_LEADER) || user.has(Role.BUREAU_LEADER);
            }

            @Override
            public String fragment() {
                return "emergency/home :: approvals";
            }

            @Override
            public Map<String, Object> model(CurrentUser user) {
                return Map.of("approvals", queries.awaitingApproval(user));
            }
        };
    }

    @Bean
    CaseLink emergencyCaseLink(IncidentQueries queries) {
        return new CaseLink() {
            @Override
            public String processKey() {
                return WageIncidents.PROCESS;
            }

            @Override
            public String href(String businessKey) {
                return WageIncidents.incidentId(businessKey)
                        .map(id -> "/wage-incidents/" + id)
                        .orElse(null);
            }

            @Override
            public String caseNumber(String businessKey) {
                return WageIncidents.incidentId(businessKey)
                        .flatMap(queries::numberOf)
                        .orElse(null);
            }

            @Override
            public List<String> tags(String businessKey) {
                return List.of("应急");
            }

            /** The incident, its clock and its approval form above the task; null outside the user's scope. */
            @Override
            public CaseSummary summary(String businessKey, cn.laborcase.security.CurrentUser user) {
                java.util.Optional<Long> id = WageIncidents.incidentId(businessKey);
                if (id.isEmpty()) {
                    return null;
                }
                try {
                    return new CaseSummary(
                            "emergency/task-summary :: summary", Map.of("i", queries.get(user, id.get())));
                } catch (cn.laborcase.shared.NotFoundException e) {
                    return null;
                }
            }
        };
    }
}
