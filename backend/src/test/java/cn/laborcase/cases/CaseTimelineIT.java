package cn.laborcase.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.support.IntegrationTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The shared case timeline: appended in the step's transaction, read per case in order, in the module's wording. */
@IntegrationTest
class CaseTimelineIT {

    private static final AtomicLong IDS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Autowired
    CaseTimeline timeline;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void stepsAreReadBackPerCaseInOrderWithTheModulesLabelsAndTheActorsName() {
        CaseRef arbitration = CaseRef.of(CaseType.ARBITRATION_CASE, IDS.incrementAndGet());
        CaseRef complaint = CaseRef.of(CaseType.COMPLAINT, arbitration.id());
        TransactionTemplate tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(s -> {
            timeline.record(arbitration, "APPLIED", "申请", null, "申请人提交仲裁申请书");
            timeline.record(arbitration, "ACCEPTED", "受理", "inspector1", "x".repeat(1200));
            timeline.record(complaint, "REGISTERED", "登记", null, "另一类案件，同一编号");
        });

        List<CaseTimelineEntry> entries = timeline.of(arbitration);
        assertThat(entries).extracting(CaseTimelineEntry::stepCode).containsExactly("APPLIED", "ACCEPTED");
        assertThat(entries).extracting(CaseTimelineEntry::stepLabel).containsExactly("申请", "受理");
        assertThat(entries.get(0).actor()).isEqualTo(CaseTimeline.SYSTEM);
        assertThat(entries.get(0).actorName()).isEqualTo("系统");
        assertThat(entries.get(1).detail()).hasSize(1000).endsWith("…");
        assertThat(timeline.has(arbitration, "ACCEPTED")).isTrue();
        assertThat(timeline.has(complaint, "ACCEPTED")).isFalse();
        assertThat(timeline.of(complaint)).singleElement().satisfies(e -> assertThat(e.stepCode())
                .isEqualTo("REGISTERED"));
    }

    @Test
    void aStepThatRollsBackLeavesNoEntry() {
        CaseRef ref = CaseRef.of(CaseType.MEDIATION, IDS.incrementAndGet());

        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            timeline.record(ref, "APPLIED", "申请", null, null);
            s.setRollbackOnly();
        });

        assertThat(timeline.of(ref)).isEmpty();
    }

    @Test
    void aStepIsRecordedOnlyInTheTransactionOfTheStep() {
        CaseRef ref = CaseRef.of(CaseType.MEDIATION, IDS.incrementAndGet());
        assertThatThrownBy(() -> timeline.record(ref, "APPLIED", "申请", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                        .executeWithoutResult(s -> timeline.record(ref, "", "申请", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
