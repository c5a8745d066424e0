package cn.laborcase.home;

import cn.laborcase.security.CurrentUser;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What will come to the home of a role whose track is not built yet ({@link UpcomingWork}). */
@Component
class UpcomingWorkPanel implements HomePanel {

    private final UpcomingWork upcoming;

    UpcomingWorkPanel(UpcomingWork upcoming) {
        this.upcoming = upcoming;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean shows(CurrentUser user) {
        return !entries(user).isEmpty();
    }

    @Override
    public String fragment() {
        return "home/panels :: upcoming";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        return Map.of("entries", entries(user));
    }

    private List<UpcomingWork.Entry> entries(CurrentUser user) {
        return upcoming.upcoming().stream()
                .filter(e -> !Collections.disjoint(e.roles(), user.roles()))
                .toList();
    }
}
