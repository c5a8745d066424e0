package cn.laborcase.patrol;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.patrol}: which offices' grids the monthly timer draws.
 *
 * @param timerOffices the offices whose grids the monthly timer draws (empty: every office); an office not listed
 *     draws its plans by hand ({@code POST /patrol-plans})
 */
@ConfigurationProperties("laborcase.patrol")
public record PatrolSettings(List<String> timerOffices) {

    public PatrolSettings {
        timerOffices = timerOffices == null ? List.of() : List.copyOf(timerOffices);
    }

    public boolean timerDraws(String officeCode) {
        return timerOffices.isEmpty() || timerOffices.contains(officeCode);
    }
}
