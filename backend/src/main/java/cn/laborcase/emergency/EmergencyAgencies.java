package cn.laborcase.emergency;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.emergency.agencies}: by office code, the police, construction authority and trade union its
 * emergency plan names, with the address their 欠薪事件情况通报 goes to. Local (each office's own plan), so
 * configuration; an office with none for a kind gets 未配置 on the incident and its leaders are told.
 */
@ConfigurationProperties("laborcase.emergency")
public record EmergencyAgencies(Map<String, List<Agency>> agencies) {

    public EmergencyAgencies {
        agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
        agencies.forEach((office, list) -> list.forEach(a -> {
            if (a.kind() == null
                    || a.name() == null
                    || a.name().isBlank()
                    || a.email() == null
                    || !a.email().matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
                throw new IllegalArgumentException("laborcase.emergency.agencies." + office
                        + ": each agency needs a kind (POLICE, CONSTRUCTION, UNION), a name and an e-mail address: "
                        + a);
            }
        }));
    }

    /** The office's agency of this kind, if its plan names one. */
    public Optional<Agency> of(String officeCode, AgencyKind kind) {
        return agencies.getOrDefault(officeCode, List.of()).stream()
                .filter(a -> a.kind() == kind)
                .findFirst();
    }

    /** An agency to notify: its kind, its name as the notice addresses it, and its e-mail address. */
    public record Agency(AgencyKind kind, String name, String email) {}
}
