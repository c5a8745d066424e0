package cn.laborcase.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.intake.RegisterComplaintRequest.ComplainantRequest;
import cn.laborcase.intake.RegisterComplaintRequest.EmployerRequest;
import cn.laborcase.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintValidationTest {

    // 2026-03-02 10:00 Beijing time
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String CREDIT_CODE = "91330199MA01000X09";

    static RegisterComplaintRequest valid() {
        return new RegisterComplaintRequest(
                "COMPLAINT",
                "COUNTER",
                NOW,
                List.of(new ComplainantRequest("张三", "11010519491231002X", "13812345678", "东湖区湖东路1号", null)),
                new EmployerRequest(creditCode(), null, null, null, null),
                "WAGE_ARREARS",
                3,
                new BigDecimal("12500.00"),
                LocalDate.of(2025, 12, 1),
                null,
                false,
                "2025年12月起拖欠三名工人工资",
                null,
                "支付拖欠的工资12500元");
    }

    static String creditCode() {
        String body = "91330199MA01000X0";
        return body + cn.laborcase.employer.CreditCode.checkCharacter(body);
    }

    @Test
    void aCompleteRequestHasNoProblems() {
        assertThat(ComplaintValidation.problemsOf(valid(), NOW)).isEmpty();
    }

    @Test
    void namesEachWrongFieldWithItsIndex() {
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                "COMPLAINT",
                "FAX",
                NOW.plusSeconds(3600),
                List.of(
                        new ComplainantRequest("张三", "11010519491231002X", "13812345678", null, null),
                        new ComplainantRequest("", "110105194912310021", "12345", null, "not-a-mail")),
                new EmployerRequest("91330199MA01000X00", null, null, null, null),
                "WAGE_ARREARS",
                0,
                new BigDecimal("-1"),
                TODAY.plusDays(1),
                null,
                false,
                " ");

        assertThat(ComplaintValidation.problemsOf(r, NOW))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "channel",
                        "receivedAt",
                        "complainants[1].name",
                        "complainants[1].idNumber",
                        "complainants[1].phone",
                        "complainants[1].email",
                        "employer.creditCode",
                        "workersAffected",
                        "amountOwed",
                        "violationStartedOn",
                        "description",
                        "claims");
    }

    @Test
    void messagesAreChinese() {
        RegisterComplaintRequest r = withAmount(new BigDecimal("-0.01"));
        assertThat(ComplaintValidation.problemsOf(r, NOW)).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("拖欠金额不能为负数"));
    }

    @Test
    void amountsHaveAtMostTwoDecimals() {
        assertThat(ComplaintValidation.problemsOf(withAmount(new BigDecimal("10.005")), NOW))
                .extracting(FieldProblem::field)
                .containsExactly("amountOwed");
        assertThat(ComplaintValidation.problemsOf(withAmount(new BigDecimal("10.50")), NOW))
                .isEmpty();
        assertThat(ComplaintValidation.problemsOf(withAmount(BigDecimal.ZERO), NOW))
                .isEmpty();
    }

    @Test
    void aMissingEmployerIsNamed() {
        RegisterComplaintRequest v = valid();
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                v.complainants(),
                null,
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                v.violationStartedOn(),
                null,
                false,
                v.description(),
                null,
                v.claims());
        assertThat(ComplaintValidation.problemsOf(r, NOW))
                .extracting(FieldProblem::field)
                .containsExactly("employer");
    }

    @Test
    void onlyAReportMayBeAnonymous() {
        assertThat(ComplaintValidation.problemsOf(anonymous("REPORT"), NOW)).isEmpty();
        assertThat(ComplaintValidation.problemsOf(anonymous("COMPLAINT"), NOW))
                .extracting(FieldProblem::field)
                .containsExactly("complainants");
    }

    @Test
    void theSamePersonTwiceIsNamed() {
        RegisterComplaintRequest v = valid();
        ComplainantRequest p = v.complainants().get(0);
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                List.of(p, p),
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                v.violationStartedOn(),
                null,
                false,
                v.description(),
                null,
                v.claims());
        assertThat(ComplaintValidation.problemsOf(r, NOW))
                .extracting(FieldProblem::field)
                .containsExactly("complainants[1].idNumber");
    }

    @Test
    void theEndOfTheViolationMayNotPrecedeItsStart() {
        RegisterComplaintRequest v = valid();
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                v.complainants(),
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2025, 11, 30),
                false,
                v.description(),
                null,
                v.claims());
        assertThat(ComplaintValidation.problemsOf(r, NOW))
                .extracting(FieldProblem::field)
                .containsExactly("violationEndedOn");
    }

    @Test
    void aViolationThatEndedMoreThanTwoYearsAgoIsAWarningNotAProblem() {
        RegisterComplaintRequest v = valid();
        RegisterComplaintRequest old = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                v.complainants(),
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 3, 1),
                false,
                v.description(),
                null,
                v.claims());

        assertThat(ComplaintValidation.problemsOf(old, NOW)).isEmpty();
        assertThat(ComplaintValidation.warningsOf(old, TODAY))
                .singleElement()
                .satisfies(w -> assertThat(w).contains("第二十条").contains("2024-03-01"));
    }

    @Test
    void aContinuingViolationIsWithinThePeriodHoweverLongAgoItBegan() {
        assertThat(ComplaintValidation.limitationWarning(LocalDate.of(2020, 1, 1), null, TODAY))
                .isEmpty();
        // exactly two years after its end is still within the period
        assertThat(ComplaintValidation.limitationWarning(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 2), TODAY))
                .isEmpty();
    }

    @Test
    void checksOneFieldAsTheClerkTypes() {
        assertThat(ComplaintValidation.problemOfField("complainants[3].idNumber", "110105194912310021", NOW))
                .hasValueSatisfying(m -> assertThat(m).contains("校验位"));
        assertThat(ComplaintValidation.problemOfField("complainants[0].phone", "13812345678", NOW))
                .isEmpty();
        assertThat(ComplaintValidation.problemOfField("employer.creditCode", "91330199MA01000X00", NOW))
                .hasValueSatisfying(m -> assertThat(m).contains("校验位"));
        assertThat(ComplaintValidation.problemOfField("amountOwed", "-5", NOW)).contains("拖欠金额不能为负数");
        assertThat(ComplaintValidation.problemOfField("violationStartedOn", "2026-03-03", NOW))
                .contains("日期不能晚于今天");
        assertThat(ComplaintValidation.problemOfField("description", "x", NOW)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "received at {0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "-999999999-01-01T00:00:00Z, TooEarly",
        "0001-01-01T00:00:00Z,       TooEarly",
        "2023-03-01T15:59:59Z,       TooEarly",
        "2023-03-01T16:00:00Z,       ok",
        "2026-03-02T02:05:00Z,       ok",
        "2026-03-02T02:05:01Z,       Future",
        "+999999999-12-31T23:59:59Z, Future"
    })
    void aReceiptFarInThePastOrFutureIsRefused(Instant receivedAt, String code) {
        RegisterComplaintRequest v = valid();
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                receivedAt,
                v.complainants(),
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                v.violationStartedOn(),
                null,
                false,
                v.description(),
                null,
                v.claims());

        assertThat(ComplaintValidation.problemsOf(r, NOW).stream()
                        .filter(p -> p.field().equals("receivedAt"))
                        .map(FieldProblem::code)
                        .findFirst()
                        .orElse("ok"))
                .isEqualTo(code);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "violation {0} – {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "-999999999-01-01, ,                 violationStartedOn:TooEarly",
        "0001-01-01,       ,                 violationStartedOn:TooEarly",
        "1969-12-31,       ,                 violationStartedOn:TooEarly",
        "1970-01-01,       ,                 ok",
        "1970-01-01,       0001-01-01,       violationEndedOn:TooEarly",
        "2025-01-01,       +999999999-12-31, violationEndedOn:Future"
    })
    void violationDatesBeforeTheLawsAreRefused(LocalDate started, LocalDate ended, String expected) {
        RegisterComplaintRequest v = valid();
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                v.complainants(),
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                started,
                ended,
                false,
                v.description(),
                null,
                v.claims());

        assertThat(ComplaintValidation.problemsOf(r, NOW).stream()
                        .map(p -> p.field() + ":" + p.code())
                        .findFirst()
                        .orElse("ok"))
                .isEqualTo(expected);
    }

    @Test
    void everyTextFieldIsCheckedByTheSharedRuleAndNamedOnce() {
        String nul = "a\u0000b";
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                "COMPLAINT\u0000",
                "COUNTER\n",
                NOW,
                List.of(new ComplainantRequest(nul, "11010519491231002X\u0007", "138\r\n12345678", "东湖\ud800", nul)),
                new EmployerRequest(creditCode() + "\u0000", nul, nul, nul, nul),
                "WAGE_ARREARS\u001b",
                3,
                null,
                LocalDate.of(2025, 12, 1),
                null,
                false,
                "第一行\r\n第二行\u000b");

        assertThat(ComplaintValidation.problemsOf(r, NOW))
                .extracting(FieldProblem::field)
                .containsExactly(
                        "kind",
                        "channel",
                        "category",
                        "complainants[0].name",
                        "complainants[0].idNumber",
                        "complainants[0].phone",
                        "complainants[0].address",
                        "complainants[0].email",
                        "employer.creditCode",
                        "employer.name",
                        "employer.address",
                        "employer.district",
                        "employer.gridCode",
                        "description");
    }

    @Test
    void aDescriptionKeepsItsLinesAsLf() {
        RegisterComplaintRequest v = valid();
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                v.complainants(),
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                v.violationStartedOn(),
                null,
                false,
                "第一行\r\n第二行\r第三行",
                null,
                "支付工资\r\n支付补偿");

        assertThat(r.description()).isEqualTo("第一行\n第二行\n第三行");
        assertThat(r.claims()).isEqualTo("支付工资\n支付补偿");
        assertThat(ComplaintValidation.problemsOf(r, NOW)).isEmpty();
    }

    @Test
    void anEmptyComplainantRowIsNamedNotAnError() {
        RegisterComplaintRequest v = valid();
        java.util.List<ComplainantRequest> rows = new java.util.ArrayList<>();
        rows.add(null);
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                rows,
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                v.violationStartedOn(),
                null,
                false,
                v.description(),
                null,
                v.claims());

        assertThat(ComplaintValidation.problemsOf(r, NOW))
                .extracting(FieldProblem::field)
                .containsExactly("complainants[0]");
    }

    /** Issue 9 item 15 (若干规定 §17): a 投诉 states its claims; a 举报 need not. */
    @Test
    void aComplaintNeedsItsClaimsAReportDoesNot() {
        assertThat(ComplaintValidation.problemsOf(with("COMPLAINT", null, valid().complainants()), NOW))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("claims");
                    assertThat(p.message()).contains("投诉请求");
                });
        assertThat(ComplaintValidation.problemsOf(with("COMPLAINT", " \n ", valid().complainants()), NOW))
                .extracting(FieldProblem::field)
                .containsExactly("claims");
        assertThat(ComplaintValidation.problemsOf(with("REPORT", null, valid().complainants()), NOW))
                .isEmpty();
        assertThat(ComplaintValidation.problemsOf(with("COMPLAINT", "支付工资\n支付经济补偿", valid().complainants()), NOW))
                .isEmpty();
    }

    /** Issue 9 item 14 (送达地址确认书, 民事诉讼法 §90): consent names an address; an address alone is a contact. */
    @Test
    void consentToElectronicServiceNeedsAnAddressAnAddressDoesNotNeedConsent() {
        ComplainantRequest consentOnly =
                new ComplainantRequest("张三", "11010519491231002X", "13812345678", null, " ", null, null, true);
        assertThat(ComplaintValidation.problemsOf(with("COMPLAINT", "支付工资", List.of(consentOnly)), NOW))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("complainants[0].email");
                    assertThat(p.message()).isEqualTo("已同意电子送达，请填写用于送达的电子邮箱");
                });
        ComplainantRequest consented = new ComplainantRequest(
                "张三", "11010519491231002X", "13812345678", null, "zhang@example.cn", "电工", "某公司", true);
        ComplainantRequest contactOnly = new ComplainantRequest(
                "李四", "11010519491231002X", "13812345679", null, "li@example.cn", null, null, false);
        assertThat(ComplaintValidation.problemsOf(with("COMPLAINT", "支付工资", List.of(consented)), NOW))
                .isEmpty();
        assertThat(ComplaintValidation.problemsOf(with("COMPLAINT", "支付工资", List.of(contactOnly)), NOW))
                .extracting(FieldProblem::field)
                .isEmpty();
    }

    /** Issue 9 item 15: the new text fields follow the shared text rule and its length limits. */
    @Test
    void occupationWorkplaceRepresentativeAndClaimsFollowTheTextRule() {
        RegisterComplaintRequest v = valid();
        RegisterComplaintRequest r = new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                List.of(new ComplainantRequest(
                        "张三", "11010519491231002X", "13812345678", null, null, "焊\u0000工", "长".repeat(201), null)),
                new EmployerRequest(v.employer().creditCode(), null, null, null, null, "王\n建国", "董事长\u0007"),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                v.violationStartedOn(),
                null,
                false,
                v.description(),
                null,
                "支付工资\u000b");
        assertThat(ComplaintValidation.problemsOf(r, NOW))
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("complainants[0].occupation", "职业含有空字符（NUL），请重新输入"),
                        org.assertj.core.groups.Tuple.tuple("complainants[0].workplace", "工作单位不能超过 200 字"),
                        org.assertj.core.groups.Tuple.tuple("employer.representative", "法定代表人或主要负责人不能换行，请写在一行内"),
                        org.assertj.core.groups.Tuple.tuple("employer.representativeTitle", "职务含有控制字符，请删除后重新输入"),
                        org.assertj.core.groups.Tuple.tuple("claims", "投诉请求含有控制字符，请删除后重新输入"));
        assertThat(ComplaintValidation.problemOfField("complainants[3].occupation", "焊\u0001工", NOW))
                .contains("职业含有控制字符，请删除后重新输入");
    }

    private static RegisterComplaintRequest with(String kind, String claims, List<ComplainantRequest> people) {
        RegisterComplaintRequest v = valid();
        return new RegisterComplaintRequest(
                kind,
                v.channel(),
                v.receivedAt(),
                people,
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                v.violationStartedOn(),
                null,
                false,
                v.description(),
                null,
                claims);
    }

    private static RegisterComplaintRequest anonymous(String kind) {
        RegisterComplaintRequest v = valid();
        return new RegisterComplaintRequest(
                kind,
                v.channel(),
                v.receivedAt(),
                List.of(),
                v.employer(),
                v.category(),
                v.workersAffected(),
                v.amountOwed(),
                v.violationStartedOn(),
                null,
                false,
                v.description(),
                null,
                v.claims());
    }

    private static RegisterComplaintRequest withAmount(BigDecimal amount) {
        RegisterComplaintRequest v = valid();
        return new RegisterComplaintRequest(
                v.kind(),
                v.channel(),
                v.receivedAt(),
                v.complainants(),
                v.employer(),
                v.category(),
                v.workersAffected(),
                amount,
                v.violationStartedOn(),
                null,
                false,
                v.description(),
                null,
                v.claims());
    }
}
