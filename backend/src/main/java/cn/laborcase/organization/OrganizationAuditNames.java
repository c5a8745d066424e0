package cn.laborcase.organization;

import cn.laborcase.audit.AuditTargetNames;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit journal's actors, staff, offices and grids by name (usernames and codes are stored). */
@Configuration(proxyBeanMethods = false)
class OrganizationAuditNames {

    @Bean
    AuditTargetNames auditActorNames(OrganizationNames names) {
        return namer(AuditTargetNames.ACTOR, names::staff);
    }

    @Bean
    AuditTargetNames auditStaffNames(OrganizationNames names) {
        return namer(StaffAdministration.TARGET, names::staff);
    }

    @Bean
    AuditTargetNames auditOfficeNames(OrganizationNames names) {
        return namer(OfficeAdministration.TARGET, names::office);
    }

    @Bean
    AuditTargetNames auditGridNames(OrganizationNames names) {
        return namer(GridAdministration.TARGET, names::grid);
    }

    static AuditTargetNames namer(String type, Function<String, String> name) {
        return new AuditTargetNames() {
            @Override
            public String targetType() {
                return type;
            }

            @Override
            public Map<String, String> names(Collection<String> ids) {
                Map<String, String> named = new LinkedHashMap<>();
                ids.forEach(id -> named.put(id, name.apply(id)));
                return named;
            }
        };
    }
}
