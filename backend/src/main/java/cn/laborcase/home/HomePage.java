package cn.laborcase.home;

import cn.laborcase.security.CurrentUser;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** The panels of a user's home page, in order, each with its model. */
@Service
public class HomePage {

    private final ObjectProvider<HomePanel> panels;

    HomePage(ObjectProvider<HomePanel> panels) {
        this.panels = panels;
    }

    /**
     * @return the panels this user sees; an administrator without any other role has none (he keeps {@code /admin})
     */
    public List<RenderedPanel> of(CurrentUser user) {
        return panels.orderedStream()
                .filter(p -> p.shows(user))
                .sorted(Comparator.comparingInt(HomePanel::order))
                .map(p -> new RenderedPanel(p.fragment(), p.model(user)))
                .toList();
    }

    /** A panel ready to render: its fragment and its model. */
    public record RenderedPanel(String fragment, Map<String, Object> model) {}
}
