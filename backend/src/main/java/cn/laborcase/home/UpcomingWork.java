package cn.laborcase.home;

import cn.laborcase.organization.Role;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.home.upcoming}: for the roles whose track is not built yet (调解、仲裁、开庭), what their home will
 * show, so that they do not land on an empty page. Each track removes its entry when it adds its own panels.
 */
@ConfigurationProperties("laborcase.home")
public record UpcomingWork(List<Entry> upcoming) {

    public UpcomingWork {
        upcoming = upcoming == null ? List.of() : List.copyOf(upcoming);
    }

    /**
     * @param roles who sees it
     * @param title the panel's heading, e.g. "仲裁办案（建设中）"
     * @param summary one sentence on the track
     * @param items what will come there, one line each
     */
    public record Entry(Set<Role> roles, String title, String summary, List<String> items) {

        public Entry {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
