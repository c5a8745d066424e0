package cn.laborcase.arbitration.web;

import cn.laborcase.arbitration.ArbitrationQueries;
import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.workbench.MenuContributor;
import cn.laborcase.workbench.MenuEntry;
import cn.laborcase.workbench.MenuGroup;
import cn.laborcase.workflow.CaseLink;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the arbitration track adds to the shared screens: its menu entries and the link from its tasks to the case. */
@Configuration(proxyBeanMethods = false)
class ArbitrationWeb {

    static final MenuGroup ARBITRATION = new MenuGroup("arbitration", "仲裁", "bank", 40);

    @Bean
    MenuContributor arbitrationMenu() {
        return () -> List.of(
                new MenuEntry(
                        ARBITRATION,
                        "仲裁案件",
                        "folder2-open",
                        "/arbitration/cases",
                        10,
                        Set.of(
                                Role.ARBITRATOR.name(),
                                Role.HEARING_CLERK.name(),
                                Role.COMMITTEE_DIRECTOR.name(),
                                Role.INTAKE_CLERK.name()),
                        "arb-cases"),
                new MenuEntry(
                        ARBITRATION,
                        "登记仲裁申请",
                        "plus-square",
                        "/arbitration/applications/new",
                        20,
                        Set.of(Role.INTAKE_CLERK.name(), Role.COMMITTEE_DIRECTOR.name()),
                        "arb-new"));
    }

    static Optional<Long> caseId(String businessKey) {
        return CaseRef.parse(businessKey)
                .filter(r -> r.type() == CaseType.ARBITRATION_CASE)
                .map(CaseRef::id);
    }

    @Bean
    CaseLink arbitrationCaseLink(ArbitrationQueries queries) {
        return new CaseLink() {
            @Override
            public String processKey() {
                return ArbitrationProcess.KEY;
            }

            @Override
            public String href(String businessKey) {
                return caseId(businessKey).map(id -> "/arbitration/cases/" + id).orElse(null);
            }

            @Override
            public String caseNumber(String businessKey) {
                return caseId(businessKey).flatMap(queries::numberOf).orElse(null);
            }

            @Override
            public List<String> tags(String businessKey) {
                return List.of("仲裁");
            }

            @Override
            public CaseSummary summary(String businessKey, CurrentUser user) {
                return null;
            }
        };
    }
}
