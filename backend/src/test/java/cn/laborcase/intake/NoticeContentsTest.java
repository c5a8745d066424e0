package cn.laborcase.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeContentsTest {

    /** 25号令 §17 asks for the complainant's 性别 and 年龄; an 18-digit ID number carries both (GB 11643-1999). */
    @Test
    void derivesGenderAndAgeOnTheDayReceivedFromTheIdNumber() {
        Map<String, String> data = new LinkedHashMap<>();
        NoticeContents.genderAndAge("330106198805124426", LocalDate.of(2026, 5, 11), data);
        assertThat(data).containsEntry("complainantGender", "女").containsEntry("complainantAge", "37");

        data.clear();
        NoticeContents.genderAndAge("330106198805124436", LocalDate.of(2026, 5, 12), data);
        assertThat(data).containsEntry("complainantGender", "男").containsEntry("complainantAge", "38");
    }

    @Test
    void leavesGenderAndAgeBlankWithoutAUsableIdNumber() {
        Map<String, String> data = new LinkedHashMap<>();
        NoticeContents.genderAndAge(null, LocalDate.of(2026, 5, 11), data);
        NoticeContents.genderAndAge("G12345678", LocalDate.of(2026, 5, 11), data);
        NoticeContents.genderAndAge("330106198813454426", LocalDate.of(2026, 5, 11), data);
        assertThat(data).isEmpty();
    }
}
