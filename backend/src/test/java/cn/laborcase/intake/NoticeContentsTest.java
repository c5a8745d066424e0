package cn.laborcase.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.documents.Recipient;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.intake.persistence.ComplainantRow;
import cn.laborcase.intake.persistence.ComplaintRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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

    static final Instant RECEIVED = Instant.parse("2026-03-02T01:30:00Z");
    static final EmployerView EMPLOYER = new EmployerView(
            1,
            "91330100MA2H3K7X5Q",
            "示范市东湖精工机械有限公司",
            "G01",
            "一网格",
            "D1",
            "东湖大队",
            "科技路66号",
            "王建国",
            "制造业",
            40,
            "B",
            false,
            null);

    /** Issue 9 item 15 (若干规定 §17): the 登记表 prints what the registration captured, not empty boxes. */
    @Test
    void registrationFormCarriesOccupationWorkplaceRepresentativeClaimsAndService() {
        NoticeContents contents = new NoticeContents(null, null, null, null, null);
        Map<String, String> data = contents.registration(
                complaint("COMPLAINT"),
                new ComplaintParticulars("王建国", "董事长", "支付拖欠的工资19500元"),
                EMPLOYER,
                List.of(
                        person(1, "李秀英", "li@example.cn", true, "数控车床操作工", null),
                        person(2, "王强", "wang@example.cn", false, null, "示范市某劳务公司")),
                "王芳");
        assertThat(data)
                .containsEntry("complainantOccupation", "数控车床操作工")
                // a 投诉's 工作单位 is the employer complained about unless he states another
                .containsEntry("complainantWorkplace", "示范市东湖精工机械有限公司")
                .containsEntry("respondentRepresentative", "王建国")
                .containsEntry("respondentRepresentativeTitle", "董事长")
                .containsEntry("requests", "支付拖欠的工资19500元")
                .containsEntry("serviceConsent", "李秀英：同意电子送达，送达地址确认书确认的电子邮箱：li@example.cn\n王强：未同意电子送达，直接送达或者邮寄送达");
        assertThat(data.get("otherComplainants")).contains("王强", "工作单位示范市某劳务公司");
    }

    /** Issue 9 item 14 (民事诉讼法 §90): the consent on file goes into each document's recipient. */
    @Test
    void recipientsCarryTheConsentOnFile() {
        NoticeContents contents = new NoticeContents(null, null, null, null, null);
        List<Recipient> recipients = contents.recipients(
                complaint("COMPLAINT"),
                List.of(
                        person(1, "李秀英", "li@example.cn", true, null, null),
                        person(2, "王强", "wang@example.cn", false, null, null)));
        assertThat(recipients)
                .extracting(Recipient::name, Recipient::email, Recipient::emailConsent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("李秀英", "li@example.cn", true),
                        org.assertj.core.groups.Tuple.tuple("王强", "wang@example.cn", false));
    }

    private static ComplainantRow person(
            int position, String name, String email, boolean consent, String occupation, String workplace) {
        return new ComplainantRow(
                (long) position,
                1,
                1,
                position,
                name,
                "33010619880512442" + (position == 1 ? "6" : "X"),
                "1380571234" + position,
                "1380571234" + position,
                "东湖区春晖路18号",
                email,
                RECEIVED,
                "COMPLAINANT",
                occupation,
                workplace,
                consent);
    }

    private static ComplaintRow complaint(String kind) {
        return new ComplaintRow(
                1L,
                "东湖投诉〔2026〕4号",
                2026,
                4,
                kind,
                "COUNTER",
                RECEIVED,
                RECEIVED,
                "clerk1",
                "D1",
                "D1",
                "G01",
                1,
                "WAGE_ARREARS",
                23,
                new BigDecimal("437000"),
                LocalDate.of(2025, 11, 1),
                null,
                false,
                "拖欠工资",
                "UNDER_REVIEW",
                "INSPECTION",
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
    }
}
