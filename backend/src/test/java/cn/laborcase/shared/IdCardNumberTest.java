package cn.laborcase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the example of GB 11643-1999 itself
                "11010519491231002X",
                "11010519491231002x",
                "440304198510105671",
                // 29 February of a leap year
                "330102200002290015"
            })
    void acceptsNumbersWithTheRightCheckCharacter(String number) {
        assertThat(IdCardNumber.problemOf(number, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, 校验位错误",
        "440304198510105672, 校验位错误",
        "11010519491231002, 应为 18 位",
        "1101051949123100211, 应为 18 位",
        "11010519491231002Y, 应为 18 位",
        "99010519491231002X, 省级行政区划代码",
        "110105194913310028, 出生日期无效",
        "110105203001010010, 出生日期不合理",
        "110105180001010010, 出生日期不合理"
    })
    void namesWhatIsWrong(String number, String expected) {
        assertThat(IdCardNumber.problemOf(number, TODAY))
                .hasValueSatisfying(m -> assertThat(m).contains(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void asksForAMissingNumber(String number) {
        assertThat(IdCardNumber.problemOf(number, TODAY)).contains("请填写身份证号码");
    }

    @ParameterizedTest
    @CsvSource({"11010519491231002, X", "44030419851010567, 1", "33010220000229001, 5"})
    void computesTheCheckCharacter(String first17, char check) {
        assertThat(IdCardNumber.checkCharacter(first17)).isEqualTo(check);
    }
}
