package cn.laborcase.emergency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.emergency.leader-tasks}: the due times of the leaders' tasks after activation (local plan, like the
 * other limits of the emergency track; docs/emergency.md "Leaders' tasks"). Real hours, day and night.
 *
 * @param advanceApprovalHours the 局长's time to decide on a fund advance (default 2)
 * @param closureApprovalHours the leaders' time to decide on a 处置情况报告 (default 24)
 */
@ConfigurationProperties("laborcase.emergency.leader-tasks")
public record LeaderTaskSettings(int advanceApprovalHours, int closureApprovalHours) {

    public LeaderTaskSettings {
        advanceApprovalHours = advanceApprovalHours <= 0 ? 2 : advanceApprovalHours;
        closureApprovalHours = closureApprovalHours <= 0 ? 24 : closureApprovalHours;
    }
}
