package cn.laborcase.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class ReviewOutcomeTest {

    @Test
    void acceptanceNeedsNothingMore() {
        assertThat(ReviewOutcome.of("ACCEPT", null, null, null, null, null).problems())
                .isEmpty();
    }

    @Test
    void refusalNeedsAReasonFromTheList() {
        assertThat(ReviewOutcome.of("REFUSE", null, null, null, null, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("refusalReason");
        assertThat(ReviewOutcome.of("REFUSE", "EXPIRED", null, null, null, null).problems())
                .isEmpty();
    }

    @Test
    void refusalForAnotherReasonNeedsItInWords() {
        assertThat(ReviewOutcome.of("REFUSE", "OTHER", " ", null, null, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("decisionText");
    }

    @Test
    void correctionNeedsTheMissingItems() {
        assertThat(ReviewOutcome.of("CORRECTION", null, null, null, null, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("correctionItems");
    }

    @Test
    void referralNeedsItsTargetAndForAnotherDepartmentItsName() {
        assertThat(ReviewOutcome.of("REFER", null, null, null, null, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("referralTarget");
        assertThat(ReviewOutcome.of("REFER", null, null, null, "OTHER_DEPARTMENT", null)
                        .problems())
                .extracting(FieldProblem::field)
                .containsExactly("referralDepartment");
        assertThat(ReviewOutcome.of("REFER", null, null, null, "ARBITRATION", null)
                        .problems())
                .isEmpty();
    }

    @Test
    void anUnknownDecisionIsNoDecision() {
        assertThat(ReviewOutcome.of("MAYBE", null, null, null, null, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("decision");
    }
}
