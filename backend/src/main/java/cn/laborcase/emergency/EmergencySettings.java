package cn.laborcase.emergency;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.emergency}: the local rules of the emergency plan, owned by legal staff (docs/emergency.md). National
 * law only says group incidents are handled under the emergency plan (保障农民工工资支付条例 §14 ¶2); the levels and
 * limits are each jurisdiction's own (seed 001: 30人以上 → 启动应急处理预案), so they are configuration, never constants.
 *
 * @param thresholds the lowest headcount of each level (inclusive: "30人以上" includes 30, 民法典 §1259)
 * @param thresholdsByOffice another jurisdiction's levels, by the handling office's code
 * @param approvalMinutes per level, the minutes the section leader has to decide on activation before it goes to the
 *     局长; real minutes, day and night
 * @param onSiteHours after activation, the hours within which the grid's inspectors are on site (local plan)
 * @param talkHours after activation, the hours within which the employer or general contractor is talked to for a
 *     payment plan (保障农民工工资支付条例 §30: the general contractor pays first for a subcontractor's arrears)
 * @param progressReportHours after activation, a progress report is due every so many real hours until closure
 * @param fund the cap of an advance from the emergency revolving fund (应急周转金); local rules, illustrative defaults
 */
@ConfigurationProperties("laborcase.emergency")
public record EmergencySettings(
        Thresholds thresholds,
        Map<String, Thresholds> thresholdsByOffice,
        Map<Grade, Integer> approvalMinutes,
        int onSiteHours,
        int talkHours,
        int progressReportHours,
        Fund fund) {

    public EmergencySettings {
        thresholds = thresholds == null ? new Thresholds(30, 100, 300, 500) : thresholds;
        thresholdsByOffice = thresholdsByOffice == null ? Map.of() : Map.copyOf(thresholdsByOffice);
        Map<Grade, Integer> minutes = new EnumMap<>(Grade.class);
        minutes.putAll(Map.of(Grade.IV, 60, Grade.III, 60, Grade.II, 30, Grade.I, 30));
        if (approvalMinutes != null) {
            minutes.putAll(approvalMinutes);
        }
        approvalMinutes = Map.copyOf(minutes);
        onSiteHours = onSiteHours <= 0 ? 2 : onSiteHours;
        talkHours = talkHours <= 0 ? 24 : talkHours;
        progressReportHours = progressReportHours <= 0 ? 4 : progressReportHours;
        fund = fund == null ? new Fund(null, 0) : fund;
    }

    /** The levels of the office's jurisdiction. */
    public Thresholds thresholds(String officeCode) {
        return thresholdsByOffice.getOrDefault(officeCode, thresholds);
    }

    /** The minutes a leader has to decide on activating the plan for an incident of this level. */
    public int approvalMinutes(Grade grade) {
        Integer minutes = approvalMinutes.get(grade);
        if (minutes == null || minutes <= 0) {
            throw new IllegalStateException("no approval limit for grade " + grade + " (laborcase.emergency)");
        }
        return minutes;
    }

    /** The lowest headcount of each level, inclusive. */
    public record Thresholds(int levelIv, int levelIii, int levelIi, int levelI) {

        public Thresholds {
            if (!(0 < levelIv && levelIv < levelIii && levelIii < levelIi && levelIi < levelI)) {
                throw new IllegalArgumentException("laborcase.emergency thresholds must rise from level Ⅳ to Ⅰ: "
                        + levelIv + ", " + levelIii + ", " + levelIi + ", " + levelI);
            }
        }
    }

    /**
     * The cap of an advance from the emergency revolving fund: the smaller of {@code arrearsSharePercent}% of the
     * arrears and {@code perWorker} yuan for each worker advanced to. Local rules (the fund is each city's own);
     * the defaults (5,000 yuan, 30%) are illustrative, not law.
     */
    public record Fund(java.math.BigDecimal perWorker, int arrearsSharePercent) {

        public Fund {
            perWorker = perWorker == null ? new java.math.BigDecimal("5000") : perWorker;
            arrearsSharePercent = arrearsSharePercent <= 0 ? 30 : arrearsSharePercent;
            if (perWorker.signum() <= 0 || arrearsSharePercent > 100) {
                throw new IllegalArgumentException("laborcase.emergency.fund: per-worker must be positive and "
                        + "arrears-share-percent at most 100: " + perWorker + ", " + arrearsSharePercent);
            }
        }
    }
}
