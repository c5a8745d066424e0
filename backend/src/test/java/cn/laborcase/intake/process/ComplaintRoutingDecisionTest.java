package cn.laborcase.intake.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.ComplaintCategory;
import cn.laborcase.intake.ComplaintKind;
import cn.laborcase.intake.ComplaintRouting;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/complaint-routing.dmn, rule by rule and at its boundaries, on the DMN engine alone. */
class ComplaintRoutingDecisionTest {

    static DmnEngine engine;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in =
                ComplaintRoutingDecisionTest.class.getResourceAsStream("/processes/complaint-routing.dmn")) {
            decision = engine.parseDecision(DmnComplaintRouting.DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0} {1}, {2} workers (threshold {4}), absconded {3}, only double wages {7} → {5}")
    @CsvSource({
        // category,        kind,      workers, absconded, threshold, route,                reason contains,   only
        // double wages
        "WAGE_ARREARS,      COMPLAINT, 29,      false,     30,        INSPECTION,           网格监察执法, false",
        "WAGE_ARREARS,      COMPLAINT, 30,      false,     30,        EMERGENCY,            涉及 30 人, false",
        "WAGE_ARREARS,      REPORT,    250,     false,     30,        EMERGENCY,            达到 30 人, false",
        "WAGE_ARREARS,      COMPLAINT, 1,       true,      30,        EMERGENCY,            欠薪逃匿, false",
        "WAGE_ARREARS,      COMPLAINT, 20,      false,     20,        EMERGENCY,            达到 20 人, false",
        "WAGE_ARREARS,      COMPLAINT, 19,      false,     20,        INSPECTION,           网格监察执法, false",
        "SOCIAL_INSURANCE,  COMPLAINT, 300,     false,     30,        INSPECTION,           网格监察执法, false",
        "SOCIAL_INSURANCE,  COMPLAINT, 1,       true,      30,        INSPECTION,           网格监察执法, false",
        "DISMISSAL_DISPUTE, COMPLAINT, 1,       false,     30,        REFER_TO_ARBITRATION, 第二十一条, false",
        "DISMISSAL_DISPUTE, COMPLAINT, 40,      false,     30,        REFER_TO_ARBITRATION, 第二十一条, false",
        // 条例 §11(二): that a contract is signed is within inspection powers, also for one worker
        "NO_CONTRACT,       COMPLAINT, 1,       false,     30,        INSPECTION,           网格监察执法,          false",
        // only the double wages of 劳动合同法 §82: a contract dispute, 条例 §21
        "NO_CONTRACT,       COMPLAINT, 1,       false,     30,        REFER_TO_ARBITRATION, 二倍工资,              true",
        "NO_CONTRACT,       COMPLAINT, 2,       false,     30,        INSPECTION,           网格监察执法,          false",
        "NO_CONTRACT,       COMPLAINT, 2,       false,     30,        INSPECTION,           网格监察执法,          true",
        "NO_CONTRACT,       REPORT,    1,       false,     30,        INSPECTION,           网格监察执法,          true",
        "WAGE_ARREARS,      COMPLAINT, 1,       false,     30,        INSPECTION,           网格监察执法,          true",
        "WORKING_HOURS,     REPORT,    5,       false,     30,        INSPECTION,           网格监察执法, false",
        "CHILD_LABOR,       REPORT,    1,       false,     30,        INSPECTION,           网格监察执法, false",
        "OTHER,             COMPLAINT, 1,       false,     30,        INSPECTION,           网格监察执法, false"
    })
    void routes(
            ComplaintCategory category,
            ComplaintKind kind,
            int workers,
            boolean absconded,
            int threshold,
            String route,
            String reason,
            boolean onlyDoubleWages) {
        DmnDecisionResultEntries result = engine.evaluateDecision(
                        decision,
                        DmnComplaintRouting.inputs(new ComplaintRouting.Facts(
                                kind, category, workers, absconded, threshold, onlyDoubleWages)))
                .getSingleResult();

        assertThat((String) result.getEntry("route")).isEqualTo(route);
        assertThat((String) result.getEntry("reason")).contains(reason);
    }
}
