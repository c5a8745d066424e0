package cn.laborcase.intake;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.intake}: the local rules of intake, owned by legal staff (docs/intake.md).
 *
 * @param emergencyWorkersThreshold wage arrears involving this many workers or more start the emergency response at
 *     once (local emergency plans, e.g. seed 001: 30)
 * @param emergencyWorkersThresholdByOffice a different threshold for a jurisdiction, by the handling office's code
 * @param publicStatusLookupsPerMinute how many status lookups one address may make per minute on the public page
 * @param correctionWorkingDays the period a 补正通知书 gives the complainant (local practice: no statute sets it)
 */
@ConfigurationProperties("laborcase.intake")
public record IntakeSettings(
        int emergencyWorkersThreshold,
        Map<String, Integer> emergencyWorkersThresholdByOffice,
        int publicStatusLookupsPerMinute,
        int correctionWorkingDays) {

    public IntakeSettings {
        emergencyWorkersThreshold = emergencyWorkersThreshold <= 0 ? 30 : emergencyWorkersThreshold;
        emergencyWorkersThresholdByOffice =
                emergencyWorkersThresholdByOffice == null ? Map.of() : Map.copyOf(emergencyWorkersThresholdByOffice);
        publicStatusLookupsPerMinute = publicStatusLookupsPerMinute <= 0 ? 10 : publicStatusLookupsPerMinute;
        correctionWorkingDays = correctionWorkingDays <= 0 ? 10 : correctionWorkingDays;
    }

    /** The threshold of the office's jurisdiction. */
    public int emergencyWorkersThreshold(String officeCode) {
        return emergencyWorkersThresholdByOffice.getOrDefault(officeCode, emergencyWorkersThreshold);
    }
}
