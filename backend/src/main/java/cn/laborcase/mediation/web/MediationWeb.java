package cn.laborcase.mediation.web;

import cn.laborcase.cases.CaseNaming;
import cn.laborcase.mediation.MediationQueries;
import cn.laborcase.organization.Role;
import cn.laborcase.shared.CaseType;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the mediation track adds to the shared screens: the sidebar entries and its cases' names (their numbers). */
@Configuration(proxyBeanMethods = false)
class MediationWeb {

    static final MenuGroup MEDIATION = new MenuGroup("mediation", "劳动争议调解", "chat-square-text", 40);

    private static final Set<String> SEE = Set.of(
            Role.MEDIATOR.name(),
            Role.COMMITTEE_DIRECTOR.name(),
            Role.SECTION_LEADER.name(),
            Role.BUREAU_LEADER.name());

    private static final Set<String> REGISTER = Set.of(Role.MEDIATOR.name());

    @Bean
    MenuContributor mediationMenu() {
        return () -> List.of(
                new MenuEntry(MEDIATION, "调解案件", "chat-square-text", "/mediation/cases", 10, SEE, "mediation-cases"),
                new MenuEntry(
                        MEDIATION,
                        "登记调解申请",
                        "plus-square",
                        "/mediation/cases/new",
                        20,
                        REGISTER,
                        "mediation-case-new"));
    }

    @Bean
    CaseNaming mediationCaseNaming(MediationQueries queries) {
        return new CaseNaming() {
            @Override
            public CaseType caseType() {
                return CaseType.MEDIATION;
            }

            @Override
            public Optional<String> number(long id) {
                return queries.numberOf(id);
            }
        };
    }
}
