package cn.laborcase.hearing;

import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.hearing}: the scheduling rules legal staff own (docs/hearings.md).
 *
 * @param slotMinutes the booking grid: hearings start and end on it, and the database's slot rows have its size
 * @param workingStart the staff's working day (Beijing time) unless an unavailability says otherwise
 * @param noticeWorkingDays full working days between the notice's service and the hearing (调解仲裁法 §35: 五日;
 *     办案规则 §38 and 附则: working days, the day of service not counted)
 * @param serviceMethod how the 开庭通知书 is usually served on a party who has not consented to electronic service
 *     (DIRECT 直接送达, POST 邮寄; EMAIL is read as POST for them); a party with a consented e-mail address: EMAIL
 * @param serviceDelayDays the usual calendar days from booking until the notice is served, per method
 * @param awardMarginDays calendar days a hearing must leave before the award deadline (法 §43) for deliberation
 * @param searchResults how many slots the search returns at most
 */
@ConfigurationProperties("laborcase.hearing")
public record HearingSettings(
        int slotMinutes,
        LocalTime workingStart,
        LocalTime workingEnd,
        int noticeWorkingDays,
        String serviceMethod,
        Map<String, Integer> serviceDelayDays,
        int awardMarginDays,
        int searchResults) {

    public HearingSettings {
        slotMinutes = slotMinutes <= 0 ? 30 : slotMinutes;
        workingStart = workingStart == null ? LocalTime.of(8, 30) : workingStart;
        workingEnd = workingEnd == null ? LocalTime.of(17, 30) : workingEnd;
        noticeWorkingDays = noticeWorkingDays <= 0 ? 5 : noticeWorkingDays;
        serviceMethod = serviceMethod == null || serviceMethod.isBlank() ? "POST" : serviceMethod;
        serviceDelayDays = serviceDelayDays == null || serviceDelayDays.isEmpty()
                ? Map.of("DIRECT", 0, "EMAIL", 1, "POST", 3)
                : Map.copyOf(serviceDelayDays);
        awardMarginDays = Math.max(0, awardMarginDays);
        searchResults = searchResults <= 0 ? 10 : searchResults;
    }

    /** Days from booking until the notice is usually served by the configured method. */
    public int serviceDelay() {
        return delayOf(serviceMethod);
    }

    public String serviceMethodLabel() {
        return labelOf(serviceMethod);
    }

    /**
     * The method for one party: e-mail to a party who gave an address and consented to electronic service; everyone
     * else the configured method, which is never e-mail (without consent a notice is printed and posted or handed
     * over: POST when EMAIL is configured).
     */
    public String methodFor(boolean servedByEmail) {
        if (servedByEmail) {
            return "EMAIL";
        }
        return "EMAIL".equals(serviceMethod) ? "POST" : serviceMethod;
    }

    /** The usual calendar days from booking until a notice sent by {@code method} is served (unknown: 3, by post). */
    public int delayOf(String method) {
        return serviceDelayDays.getOrDefault(method, 3);
    }

    public static String labelOf(String method) {
        return switch (method) {
            case "DIRECT" -> "直接送达";
            case "EMAIL" -> "电子送达";
            default -> "邮寄送达";
        };
    }
}
