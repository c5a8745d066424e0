package cn.laborcase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13812345678",
                "19912345678",
                "138 1234 5678",
                "0571-88888888",
                "057188888888",
                "010-12345678",
                "0571-8888888",
                "0571-88888888-123"
            })
    void acceptsMainlandMobilesAndLandlinesWithAreaCode(String phone) {
        assertThat(PhoneNumber.problemOf(phone)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12812345678", // 12x is not a mobile prefix
                "1381234567", // 10 digits
                "138123456789", // 12 digits
                "88888888", // no area code
                "+8613812345678",
                "abc"
            })
    void refusesEverythingElse(String phone) {
        assertThat(PhoneNumber.problemOf(phone))
                .hasValueSatisfying(m -> assertThat(m).contains("手机号码"));
    }

    @Test
    void comparesNumbersByTheirDigits() {
        assertThat(PhoneNumber.digits("0571-8888 8888")).isEqualTo("057188888888");
    }
}
