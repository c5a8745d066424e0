package cn.laborcase.home;

import cn.laborcase.security.CurrentUser;
import java.util.Map;

/**
 * A panel of the home page (首页面板), contributed by a module as a Spring bean. The home page shows every panel whose
 * {@link #shows} accepts the user, in {@link #order()}, each rendered by its own Thymeleaf fragment with its own
 * model. A track adds its panels by declaring such beans; the home module knows none of them.
 */
public interface HomePanel {

    /** Where the panel stands on the page: lower first (待办 100, leader's 督办 50, what is coming 900). */
    int order();

    /** Does this user see the panel? Decided by role and, inside {@link #model}, by {@code DataScope}. */
    boolean shows(CurrentUser user);

    /**
     * The fragment that renders the panel, {@code template :: fragment} (e.g. {@code workflow/home :: queues}). The
     * fragment reads its model as {@code ${panel}}.
     */
    String fragment();

    /** What the fragment shows, read for this user within his data scope. */
    Map<String, Object> model(CurrentUser user);
}
