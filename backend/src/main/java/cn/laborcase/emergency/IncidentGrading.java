package cn.laborcase.emergency;

/**
 * Grades an incident by the jurisdiction's table (processes/wage-incident-grading.dmn), returning the rule that gave
 * the grade in words. A port: the table runs on the engine's DMN service.
 */
public interface IncidentGrading {

    GradeDecision grade(Facts facts, EmergencySettings.Thresholds thresholds);

    /** What the table reads. */
    record Facts(int workersAffected, boolean employerAbsconded, boolean groupPetition) {}

    /** The grade and the rule that gave it, e.g. "涉及 120 人（100 人以上），Ⅲ级（较大）". */
    record GradeDecision(Grade grade, String rule) {}
}
