package cn.laborcase.employer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmployerSearchKeyTest {

    @Test
    void writesEveryCompanyFormAndBracketWidthAlike() {
        assertThat(EmployerSearchKey.of("华星有限公司")).isEqualTo("华星公司");
        assertThat(EmployerSearchKey.of("华星有限责任公司")).isEqualTo("华星公司");
        assertThat(EmployerSearchKey.of("华星股份有限公司")).isEqualTo("华星公司");
        assertThat(EmployerSearchKey.of("华星（东湖）建筑 有限公司")).isEqualTo(EmployerSearchKey.of("华星(东湖)建筑有限责任公司"));
        assertThat(EmployerSearchKey.of("abc科技")).isEqualTo("ABC科技");
    }

    @Test
    void keepsAPartialNameSearchable() {
        assertThat(EmployerSearchKey.of("华星建筑有限责任公司")).contains(EmployerSearchKey.of("星建筑有限公司"));
    }
}
