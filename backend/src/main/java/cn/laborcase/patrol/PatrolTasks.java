package cn.laborcase.patrol;

import cn.laborcase.organization.GroupIds;
import java.util.ArrayList;
import java.util.List;

/** Who the patrol task of a drawn employer goes to. */
final class PatrolTasks {

    private PatrolTasks() {}

    /**
     * The drawn pair, each by his personal group, so the task is in both inboxes; when conflicts of interest left
     * fewer than two, the office's leaders too, to assign it by hand.
     */
    static String candidateGroups(List<String> pair, String officeCode) {
        List<String> groups = new ArrayList<>();
        pair.forEach(p -> groups.add(GroupIds.staff(p)));
        if (pair.size() < 2) {
            groups.add(GroupIds.officeLeaders(officeCode));
        }
        return String.join(",", groups);
    }

    /** The business key of a patrol item's task: {@code PATROL:<item id>}, shared with no case of any track. */
    static String businessKey(long itemId) {
        return "PATROL:" + itemId;
    }
}
