package cn.laborcase.emergency;

import cn.laborcase.shared.NumberAsText;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code POST /api/wage-incidents/{id}/grade}: the facts as they now stand and why they changed; the grade is computed
 * again by the table and raised if it is higher (a grade is never lowered here).
 *
 * @param workersAffected the headcount now (text, so that a wrong one is named as a field)
 */
public record RaiseGradeRequest(
        @JsonDeserialize(using = NumberAsText.class) String workersAffected,
        Boolean employerAbsconded,
        Boolean groupPetition,
        String reason) {}
