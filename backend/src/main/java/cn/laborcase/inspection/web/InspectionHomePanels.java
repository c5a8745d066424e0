package cn.laborcase.inspection.web;

import cn.laborcase.home.HomePanel;
import cn.laborcase.inspection.InspectionCaseListItem;
import cn.laborcase.inspection.InspectionCaseQueries;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inspection track's home panels: an inspector's 我的监察案件 (open cases he is an inspector of, overdue first,
 * then fewest working days left) and a leader's 本机构在办监察案件 (his office's and the offices below it, by grid and
 * by state, overdue first). Both read through {@link InspectionCaseQueries}, which applies the data scope in SQL.
 */
@Configuration(proxyBeanMethods = false)
class InspectionHomePanels {

    static final int MINE = 20;
    static final int OFFICE = 30;
    static final int COUNTED = 500;

    @Bean
    HomePanel myInspectionCasesPanel(InspectionCaseQueries cases) {
        return new Panel(
                200,
                "inspection/home :: mine",
                user -> user.has(Role.INSPECTOR),
                user -> Map.of("cases", cases.mine(user, MINE)));
    }

    @Bean
    HomePanel officeInspectionCasesPanel(InspectionCaseQueries cases) {
        return new Panel(210, "inspection/home :: office", InspectionHomePanels::inspectionLeader, user -> {
            // counted over the first COUNTED open cases; the table shows the OFFICE most urgent
            Page<InspectionCaseListItem> open = cases.open(user, COUNTED);
            return Map.of(
                    "cases",
                    open.items().subList(0, Math.min(OFFICE, open.items().size())),
                    "total",
                    open.total(),
                    "overdue",
                    open.items().stream()
                            .filter(i -> i.daysLeft() != null && i.daysLeft().overdue())
                            .count(),
                    "byGrid",
                    count(open.items(), InspectionCaseListItem::gridName),
                    "byStatus",
                    count(open.items(), InspectionCaseListItem::statusLabel));
        });
    }

    /** The leaders of the inspection offices and the bureau; not the arbitration committee's director. */
    static boolean inspectionLeader(CurrentUser user) {
        return user.has(Role.SECTION_LEADER) || user.has(Role.BUREAU_LEADER);
    }

    private static Map<String, Long> count(
            List<InspectionCaseListItem> items, java.util.function.Function<InspectionCaseListItem, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.counting()));
    }

    private record Panel(
            int order,
            String fragment,
            java.util.function.Predicate<CurrentUser> who,
            java.util.function.Function<CurrentUser, Map<String, Object>> content)
            implements HomePanel {

        @Override
        public boolean shows(CurrentUser user) {
            return who.test(user);
        }

        @Override
        public Map<String, Object> model(CurrentUser user) {
            return content.apply(user);
        }
    }
}
