package cn.laborcase.arbitration.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.ArbitrationSettings;
import cn.laborcase.arbitration.MinimumWages;
import cn.laborcase.cases.ClaimType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/arbitration-finality.dmn rule by rule on the DMN engine alone, with the demo city's wage (2,490 yuan from
 * 2025-01-01, limit 29,880.00, inclusive): exactly 12 × is final, one fen more is not; a standards item is final
 * whatever its amount (调解仲裁法 §47).
 */
class ArbitrationFinalityDecisionTest {

    static final MinimumWages DEMO_CITY = new MinimumWages(List.of(
            new ArbitrationSettings.MinimumWage("示范市", LocalDate.of(2025, 1, 1), new BigDecimal("2490.00"), "示例")));

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in =
                ArbitrationFinalityDecisionTest.class.getResourceAsStream("/processes/arbitration-finality.dmn")) {
            decision = engine.parseDecision(DmnClaimFinality.DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0} {1} → final {2}")
    @CsvSource({
        "WAGES,            29880.00,   true,  第四十七条第一项",
        "WAGES,            29880.01,   false, 第五十条",
        "WAGES,            0.00,       true,  29,880.00",
        "OVERTIME,         29879.99,   true,  第四十七条第一项",
        "SEVERANCE,        29880.00,   true,  第四十七条第一项",
        "DAMAGES,          29880.01,   false, 第五十条",
        "MEDICAL,          100.00,     true,  第四十七条第一项",
        "WORK_INJURY,      29880.00,   true,  第四十七条第一项",
        "WORKING_HOURS,    9999999.00, true,  第四十七条第二项",
        "LEAVE,            29880.01,   true,  第四十七条第二项",
        "SOCIAL_INSURANCE, ,           true,  第四十七条第二项",
        "WAGES,            ,           false, 未列明金额",
        "OTHER,            100.00,     false, 不属于",
        "OTHER,            ,           false, 不属于",
    })
    void decidesEachClaimByTheTable(ClaimType type, BigDecimal amount, boolean isFinal, String ruleMentions) {
        DmnDecisionResultEntries result = evaluate(type, amount, LocalDate.of(2026, 12, 7));

        assertThat((Boolean) result.getEntry("final")).isEqualTo(isFinal);
        assertThat((String) result.getEntry("rule")).contains(ruleMentions);
    }

    @ParameterizedTest(name = "{0} on {1} → final {2}")
    @CsvSource({
        // before the demo wage is in force the locality has none: a money item cannot be shown final
        "WAGES, 2024-12-31, false",
        "WAGES, 2025-01-01, true",
    })
    void theLimitIsTheWageInForceOnTheDay(ClaimType type, LocalDate on, boolean isFinal) {
        assertThat((Boolean) evaluate(type, new BigDecimal("29880.00"), on).getEntry("final"))
                .isEqualTo(isFinal);
    }

    static DmnDecisionResultEntries evaluate(ClaimType type, BigDecimal amount, LocalDate on) {
        BigDecimal limit = DEMO_CITY.finalityLimit("示范市", on).orElse(null);
        return engine.evaluateDecision(decision, DmnClaimFinality.inputs(type, amount, limit))
                .getSingleResult();
    }
}
