package cn.laborcase.patrol;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.patrol.draw}: how often each integrity grade (守法诚信等级, 人社部规〔2016〕1号) is drawn for a routine
 * patrol (双随机、一公开, 国办发〔2015〕58号). Owned by legal staff. No grade is exempt: the grading measure only says
 * "fewer checks" for A, so every grade has a rate above zero and a maximum interval.
 *
 * @param grades per grade: the monthly sampling rate and the maximum interval in months
 */
@ConfigurationProperties("laborcase.patrol.draw")
public record PatrolDrawSettings(Map<String, GradeRule> grades) {

    /** The defaults of docs/inspection.md: A 5 % / 24 months, B 10 % / 12 months, C 25 % / 6 months. */
    public static final Map<String, GradeRule> DEFAULTS = Map.of(
            "A", new GradeRule(0.05, 24),
            "B", new GradeRule(0.10, 12),
            "C", new GradeRule(0.25, 6));

    public PatrolDrawSettings {
        Map<String, GradeRule> merged = new LinkedHashMap<>(DEFAULTS);
        if (grades != null) {
            merged.putAll(grades);
        }
        merged.forEach((grade, rule) -> {
            if (rule.rate() <= 0 || rule.rate() > 1 || rule.maxIntervalMonths() <= 0) {
                throw new IllegalArgumentException(
                        "laborcase.patrol.draw.grades." + grade
                                + ": the rate must be in (0, 1] and the maximum interval at least one month (no grade is exempt)");
            }
        });
        grades = Map.copyOf(merged);
    }

    /** The rule of a grade; an unknown grade is treated as B (the registry's default grade). */
    public GradeRule rule(String grade) {
        GradeRule rule = grades.get(grade);
        return rule != null ? rule : grades.get("B");
    }

    /**
     * @param rate the share of the grade's employers drawn each month (0.05 = 5 %)
     * @param maxIntervalMonths an employer not patrolled for this many months is drawn whatever the lot says
     */
    public record GradeRule(double rate, int maxIntervalMonths) {}
}
