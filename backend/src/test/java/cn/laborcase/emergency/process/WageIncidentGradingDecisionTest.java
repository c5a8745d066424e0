package cn.laborcase.emergency.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.emergency.EmergencySettings;
import cn.laborcase.emergency.IncidentGrading;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/wage-incident-grading.dmn, rule by rule and at each inclusive lower bound, on the DMN engine alone. */
class WageIncidentGradingDecisionTest {

    static final EmergencySettings.Thresholds DEMO_CITY = new EmergencySettings.Thresholds(30, 100, 300, 500);

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in =
                WageIncidentGradingDecisionTest.class.getResourceAsStream("/processes/wage-incident-grading.dmn")) {
            decision = engine.parseDecision(DmnIncidentGrading.DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0} workers, absconded {1}, petition {2} → {3}")
    @CsvSource({
        "0,   false, false, BELOW_THRESHOLD, 未达 30 人",
        "29,  false, false, BELOW_THRESHOLD, 涉及 29 人",
        "30,  false, false, IV,              30 人以上的Ⅳ级",
        "99,  false, false, IV,              30 人以上的Ⅳ级",
        "100, false, false, III,             100 人以上的Ⅲ级",
        "299, false, false, III,             100 人以上的Ⅲ级",
        "300, false, false, II,              300 人以上的Ⅱ级",
        "499, false, false, II,              300 人以上的Ⅱ级",
        "500, false, false, I,               500 人以上的Ⅰ级",
        "5,   true,  false, IV,              欠薪逃匿",
        "120, true,  false, III,             100 人以上的Ⅲ级",
        "29,  false, true,  IV,              升为Ⅳ级",
        "30,  false, true,  III,             升一级为Ⅲ级",
        "100, false, true,  II,              升一级为Ⅱ级",
        "300, false, true,  I,               升一级为Ⅰ级",
        "500, false, true,  I,               500 人以上的Ⅰ级",
        "800, true,  true,  I,               500 人以上的Ⅰ级",
        "5,   true,  true,  III,             欠薪逃匿",
    })
    void gradesByTheJurisdictionsThresholds(
            int workers, boolean absconded, boolean petition, String grade, String ruleMentions) {
        DmnDecisionResultEntries result = evaluate(workers, absconded, petition, DEMO_CITY);

        assertThat((String) result.getEntry("grade")).isEqualTo(grade);
        assertThat((String) result.getEntry("rule")).contains(ruleMentions);
    }

    @ParameterizedTest(name = "another jurisdiction (Ⅳ from 50): {0} workers → {1}")
    @CsvSource({"49, BELOW_THRESHOLD", "50, IV", "199, IV", "200, III"})
    void anotherJurisdictionsThresholdsComeFromConfiguration(int workers, String grade) {
        EmergencySettings.Thresholds other = new EmergencySettings.Thresholds(50, 200, 400, 800);

        assertThat((String) evaluate(workers, false, false, other).getEntry("grade"))
                .isEqualTo(grade);
    }

    private static DmnDecisionResultEntries evaluate(
            int workers, boolean absconded, boolean petition, EmergencySettings.Thresholds thresholds) {
        return engine.evaluateDecision(
                        decision,
                        DmnIncidentGrading.inputs(new IncidentGrading.Facts(workers, absconded, petition), thresholds))
                .getSingleResult();
    }
}
