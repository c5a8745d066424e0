package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code POST /api/wage-incidents}: an incident as the inspector on site, the desk or the 12333 line through the clerk
 * reports it. Numbers and the report time arrive as text so that a wrong one is named as a field (400), not lost in a
 * parse error.
 *
 * @param workersAffected how many workers are owed wages (a whole number, 0 or more)
 * @param amountOwed the arrears in yuan (0 or more, at most two decimals)
 * @param reportedAt when it was reported, an ISO instant with offset (2026-12-06T09:30:00+08:00); not in the future
 */
public record ReportIncidentRequest(
        EmployerRequest employer,
        String place,
        @JsonDeserialize(using = NumberAsText.class) String workersAffected,
        @JsonDeserialize(using = NumberAsText.class) String amountOwed,
        String arrearsPeriod,
        Boolean employerAbsconded,
        Boolean groupPetition,
        String reportedAt,
        String description) {

    /**
     * The employer: from the master record by credit code, or one to add with its name, address and grid (or a
     * district that decides the grid).
     */
    public record EmployerRequest(String creditCode, String name, String address, String district, String gridCode) {}
}
