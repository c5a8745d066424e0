package cn.laborcase.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void codesAreTwelveCharactersOfCrockfordBase32AndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).matches("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void readsCodesAsPeopleTypeThem() {
        assertThat(VerificationCodes.normalise(" 7k3m-9qx2-b4tw ")).isEqualTo("7K3M9QX2B4TW");
        assertThat(VerificationCodes.normalise("O1IL23456789")).isEqualTo("011123456789");
        assertThat(VerificationCodes.normalise("7K3M9QX2B4T")).isNull();
        assertThat(VerificationCodes.normalise("7K3M9QX2B4TU")).isNull();
        assertThat(VerificationCodes.normalise(null)).isNull();
    }
}
