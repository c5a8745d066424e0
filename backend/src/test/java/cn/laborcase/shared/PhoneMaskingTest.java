package cn.laborcase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneMaskingTest {

    @ParameterizedTest
    @CsvSource({
        "0571-80000001, 0571****0001",
        "13812345678, 138****5678",
        "+86 138 1234 5678, 8613****5678",
        "010-12345678, 0101****5678",
        "8000001, ****",
        "'   ', ",
    })
    void keepsThePrefixAndTheLastFourDigitsOnly(String phone, String masked) {
        assertThat(PersonalData.phone(phone)).isEqualTo(masked);
    }
}
