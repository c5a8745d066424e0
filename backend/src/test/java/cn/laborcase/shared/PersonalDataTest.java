package cn.laborcase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void masksTheIdNumberButTheAddressCodeAndLastFour() {
        assertThat(PersonalData.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void masksMobilesAndLandlines() {
        assertThat(PersonalData.phone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.phone("0571-88881234")).isEqualTo("0571****1234");
    }

    @Test
    void keepsOnlyTheFamilyName() {
        assertThat(PersonalData.name("张三丰")).isEqualTo("张**");
        assertThat(PersonalData.name("李")).isEqualTo("李*");
    }

    @Test
    void masksTheMailbox() {
        assertThat(PersonalData.email("zhangsan@example.cn")).isEqualTo("z***@example.cn");
    }
}
