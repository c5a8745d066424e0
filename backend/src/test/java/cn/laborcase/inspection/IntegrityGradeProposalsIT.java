package cn.laborcase.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closing with a penalty proposes grade C once, a criminal transfer also the blacklist entry, a 行政处理决定 alone
 * nothing.
 */
@IntegrationTest
class IntegrityGradeProposalsIT {

    @Autowired
    IntegrityGradeProposals proposals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    void deliver(InspectionCaseClosed event) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> proposals.on(event));
    }

    InspectionCaseClosed closed(long caseId, long employerId, String outcome, boolean penalty, boolean criminal) {
        LocalDate today = TestClock.get().today();
        return new InspectionCaseClosed(
                caseId,
                "东湖劳监案〔2026〕" + caseId + "号",
                employerId,
                outcome,
                penalty,
                criminal,
                today,
                TestClock.get().instant());
    }

    long proposalsOf(long caseId) {
        return jdbc.queryForObject(
                "select count(*) from employer_grade_change where source_type = 'INSPECTION_CASE' and source_id = ?",
                Long.class,
                caseId);
    }

    @Test
    void proposesGradeCOncePerCaseAndTheBlacklistOnlyForACriminalTransfer() {
        InspectionReadFixtures f = new InspectionReadFixtures(jdbc);
        long employer = f.employer("G01", "诚信等级测试有限公司" + InspectionReadFixtures.unique());
        long penaltyCase = 9_100_000_000L + System.nanoTime() % 1_000_000;
        long criminalCase = penaltyCase + 1;
        long orderCase = penaltyCase + 2;

        // the listener runs asynchronously (as after a commit): wait for each delivery
        deliver(closed(penaltyCase, employer, "PENALTY", true, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsOf(penaltyCase) == 1);
        deliver(closed(orderCase, employer, "HANDLING_DECISION", false, false));
        deliver(closed(penaltyCase, employer, "PENALTY", true, false)); // delivered again
        deliver(closed(criminalCase, employer, "CRIMINAL_TRANSFER", false, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsOf(criminalCase) == 1);

        assertThat(proposalsOf(penaltyCase)).isEqualTo(1);
        assertThat(proposalsOf(orderCase)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_grade_change where source_id = ? and to_grade = 'C'"
                                + " and blacklist = true",
                        Long.class,
                        criminalCase))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from employer_grade_change where source_id = ? and blacklist = false",
                        Long.class,
                        penaltyCase))
                .isEqualTo(1);
    }
}
