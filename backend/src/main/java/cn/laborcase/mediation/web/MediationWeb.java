package cn.laborcase.mediation.web;

import cn.laborcase.audit.AuditTargetNames;
import cn.laborcase.cases.CaseNaming;
import cn.laborcase.home.HomePanel;
import cn.laborcase.mediation.MediationQueries;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseType;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the mediation track adds to the shared screens: the sidebar entries, the mediator's home panel and its cases'
 * names (their numbers).
 */
@Configuration(proxyBeanMethods = false)
class MediationWeb {

    static final MenuGroup MEDIATION = new MenuGroup("mediation", "劳动争议调解", "chat-square-text", 40);

    private static final Set<String> SEE = Set.of(
            Role.MEDIATOR.name(),
            Role.COMMITTEE_DIRECTOR.name(),
            // the arbitrator a director assigned to review an agreement (仲裁审查) sees that case
            Role.ARBITRATOR.name(),
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

    /** 我的调解案件 on a mediator's home page: referred cases to register, then her cases by their 15 days' due date. */
    @Bean
    HomePanel mediationHomePanel(MediationQueries queries) {
        return new HomePanel() {
            @Override
            public int order() {
                return 300;
            }

            @Override
            public boolean shows(CurrentUser user) {
                return user.has(Role.MEDIATOR);
            }

            @Override
            public String fragment() {
                return "mediation/home :: cases";
            }

            @Override
            public Map<String, Object> model(CurrentUser user) {
                return Map.of("cases", queries.open(user));
            }
        };
    }

    /**
     * 待仲裁审查的调解协议 on the home page of the committee's director and of the arbitrators he assigned: the jointly
     * applied agreements to review, by the review's due date (shown only when there is one).
     */
    @Bean
    HomePanel mediationReviewHomePanel(MediationQueries queries) {
        return new HomePanel() {
            @Override
            public int order() {
                return 310;
            }

            @Override
            public boolean shows(CurrentUser user) {
                return (user.has(Role.COMMITTEE_DIRECTOR) || user.has(Role.ARBITRATOR))
                        && !queries.pendingReviews(user).isEmpty();
            }

            @Override
            public String fragment() {
                return "mediation/home :: reviews";
            }

            @Override
            public Map<String, Object> model(CurrentUser user) {
                return Map.of("cases", queries.pendingReviews(user));
            }
        };
    }

    /** The audit journal names a mediation case by its number (a case not yet registered by its kind only). */
    @Bean
    AuditTargetNames mediationAuditNames(MediationQueries queries) {
        return new AuditTargetNames() {
            @Override
            public String targetType() {
                return CaseType.MEDIATION.name();
            }

            @Override
            public Map<String, String> names(Collection<String> ids) {
                Map<String, String> names = new HashMap<>();
                for (String id : ids) {
                    if (id != null && id.matches("\\d{1,18}")) {
                        queries.numberOf(Long.parseLong(id)).ifPresent(n -> names.put(id, n));
                    }
                }
                return names;
            }
        };
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
