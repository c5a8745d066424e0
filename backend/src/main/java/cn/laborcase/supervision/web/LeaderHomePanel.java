package cn.laborcase.supervision.web;

import cn.laborcase.home.HomePanel;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.supervision.OfficeBoard;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The leader's home panel (科长、局长、主任): the office's overdue and due-soon items and what waits for him. */
@Component
class LeaderHomePanel implements HomePanel {

    private final OfficeBoard board;

    LeaderHomePanel(OfficeBoard board) {
        this.board = board;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public boolean shows(CurrentUser user) {
        return user.isLeader();
    }

    @Override
    public String fragment() {
        return "supervision/home :: board";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        return Map.of("board", board.board(user), "zone", BeijingTime.ZONE);
    }
}
