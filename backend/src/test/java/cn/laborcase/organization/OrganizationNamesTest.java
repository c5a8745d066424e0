package cn.laborcase.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.organization.persistence.NameMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The held names: a code created since they were taken is found at once, an unknown one costs one read. */
class OrganizationNamesTest {

    private final List<NameMapper.CodeName> staff = new ArrayList<>(List.of(new NameMapper.CodeName("clerk1", "王小红")));
    private int reads;

    private final NameMapper mapper = new NameMapper() {
        @Override
        public List<CodeName> officeNames() {
            return List.of(new CodeName("D1", "东湖区大队"));
        }

        @Override
        public List<CodeName> gridNames() {
            return List.of();
        }

        @Override
        public List<CodeName> staffNames() {
            reads++;
            return List.copyOf(staff);
        }
    };

    // a clock that does not move, as in the tests of the application
    private final OrganizationNames names =
            new OrganizationNames(mapper, Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), ZoneOffset.UTC));

    @Test
    void aCodeCreatedSinceTheNamesWereTakenIsFoundAtOnce() {
        assertThat(names.staff("clerk1")).isEqualTo("王小红");
        staff.add(new NameMapper.CodeName("inspector9", "新监察员"));

        assertThat(names.staff("inspector9")).isEqualTo("新监察员");
    }

    @Test
    void anUnknownCodeIsReadOnceWhileTheNamesAreHeld() {
        assertThat(names.staff("clerk1")).isEqualTo("王小红");
        int before = reads;

        for (int i = 0; i < 50; i++) {
            assertThat(names.staff("gone")).isEqualTo("（非本系统人员）");
        }
        assertThat(reads - before).isEqualTo(1);
        assertThat(names.office("D1")).isEqualTo("东湖区大队");
        assertThat(names.staff("system")).isEqualTo("系统");
    }
}
