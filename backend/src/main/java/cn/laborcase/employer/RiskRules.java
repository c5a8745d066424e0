package cn.laborcase.employer;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.employer.risk}: how the early-warning signals weigh (seed 001: 建立健全劳资纠纷预警机制，重点排查可能
 * 发生欠薪逃逸的企业). Local rules owned by legal staff, so configuration, not code.
 *
 * @param points the points each open signal of a kind adds
 * @param mediumFrom the total from which the level is MEDIUM
 * @param highFrom the total from which the level is HIGH (the employer then goes on the watch list)
 * @param repeatedComplaints how many open or recent complaints against an employer make a new one a signal
 * @param repeatedComplaintsDays how far back a closed complaint still counts as recent (calendar days)
 */
@ConfigurationProperties("laborcase.employer.risk")
public record RiskRules(
        Map<RiskSignal, Integer> points,
        int mediumFrom,
        int highFrom,
        int repeatedComplaints,
        int repeatedComplaintsDays) {

    public RiskRules {
        Map<RiskSignal, Integer> all = new EnumMap<>(RiskSignal.class);
        for (RiskSignal s : RiskSignal.values()) {
            all.put(s, 2);
        }
        if (points != null) {
            all.putAll(points);
        }
        points = Map.copyOf(all);
        mediumFrom = mediumFrom <= 0 ? 3 : mediumFrom;
        highFrom = highFrom <= 0 ? 6 : Math.max(highFrom, mediumFrom);
        repeatedComplaints = repeatedComplaints <= 0 ? 2 : repeatedComplaints;
        repeatedComplaintsDays = repeatedComplaintsDays <= 0 ? 180 : repeatedComplaintsDays;
    }

    /** The level of this many points. */
    public RiskLevel levelOf(int total) {
        return total >= highFrom ? RiskLevel.HIGH : total >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    public int pointsOf(RiskSignal kind) {
        return points.getOrDefault(kind, 0);
    }
}
