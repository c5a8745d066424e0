package cn.laborcase.employer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoadNameTest {

    @ParameterizedTest
    @CsvSource({"示范市东湖区湖东路17号, 湖东路", "东湖区湖滨大道203号, 湖滨大道", "西山区工业园二路 5 号, 工业园二路", "浙江省杭州市西湖区文三路90号, 文三路", "湖东路, 湖东路"})
    void isWhatComesBeforeTheHouseNumberWithoutDistrictAndCity(String address, String road) {
        assertThat(RoadName.of(address)).contains(road);
    }

    @ParameterizedTest
    @CsvSource(
            value = {"东湖区路1号", "17号", "NULL"},
            nullValues = "NULL")
    void isUnknownWhenTheAddressSaysNothing(String address) {
        assertThat(RoadName.of(address)).isEmpty();
    }
}
