package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import org.junit.jupiter.api.Test;

class DeadlineOwnerTest {

    @Test
    void aCaseOwnsItsDeadlineUnderTheColumnsItHadBefore() {
        DeadlineOwner owner = new DeadlineOwner(CaseRef.of(CaseType.COMPLAINT, 42));

        assertThat(owner).isEqualTo(new DeadlineOwner("COMPLAINT", "42"));
        assertThat(owner.caseRef()).contains(CaseRef.of(CaseType.COMPLAINT, 42));
    }

    @Test
    void anOwnerThatIsNoCaseHasNoCaseRef() {
        assertThat(new DeadlineOwner("TEST", "x-1").caseRef()).isEmpty();
        assertThat(new DeadlineOwner("COMPLAINT", "abc").caseRef()).isEmpty();
    }
}
