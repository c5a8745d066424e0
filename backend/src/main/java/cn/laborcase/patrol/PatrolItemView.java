package cn.laborcase.patrol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One drawn employer of a plan and its patrol, as the plan page, the API and the inspector's home show it.
 *
 * @param label how people name it: 2026年12月巡视检查 第3号
 * @param inspectors the drawn pair (usernames, for integrations); {@code inspectorNames} for screens
 */
public record PatrolItemView(
        long id,
        int seq,
        String label,
        long employerId,
        String employerName,
        String gridCode,
        String grade,
        String reason,
        String reasonLabel,
        List<String> inspectors,
        List<String> inspectorNames,
        LocalDate dueOn,
        String state,
        String stateLabel,
        String result,
        String resultLabel,
        LocalDate patrolledOn,
        String recordedByName,
        Instant recordedAt) {

    public boolean recorded() {
        return "RECORDED".equals(state);
    }
}
