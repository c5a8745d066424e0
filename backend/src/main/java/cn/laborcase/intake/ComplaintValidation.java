package cn.laborcase.intake;

import cn.laborcase.employer.CreditCode;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.PhoneNumber;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registration rules (pure Java): every problem of a request, each naming its field as the JSON does
 * ({@code complainants[0].idNumber}), with a message in Chinese; and the same checks one field at a time for the
 * form's validation as the clerk types. Whether the employer must be described (name, address) depends on the
 * registry and is checked by {@link ComplaintRegistration}.
 */
public final class ComplaintValidation {

    static final int MAX_COMPLAINANTS = 200;
    /** Rows the form may post: one more than allowed, so that too many is reported rather than cut off. */
    public static final int MAX_COMPLAINANTS_IN_FORM = MAX_COMPLAINANTS + 1;

    static final int MAX_WORKERS = 100_000;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_CLAIMS = 1000;
    // numeric(14,2)
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    /** Clocks of the 12333 system and ours may differ a little: "received in the future" allows this much. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * The earliest receipt accepted: a complaint older than the two years of 条例 §20 cannot be investigated any more,
     * so a receipt more than three years back (two years and a year's margin for a backlog) is a typing error.
     */
    static final Period OLDEST_RECEIPT = Period.ofYears(3);
    /** Violations under the 劳动保障监察条例 (2004) and the 劳动法 (1995) began after this; earlier is a typing error. */
    static final LocalDate EARLIEST_VIOLATION = LocalDate.of(1970, 1, 1);

    /** Every text field of a request, by its name with {@code complainants[]} for any row (shared text rule). */
    static final Map<String, PrintableText> TEXT = Map.ofEntries(
            Map.entry("kind", PrintableText.singleLine("类型", 20)),
            Map.entry("channel", PrintableText.singleLine("受理渠道", 20)),
            Map.entry("category", PrintableText.singleLine("投诉事项类别", 30)),
            Map.entry("complainants[].name", PrintableText.singleLine("姓名", 50)),
            Map.entry("complainants[].idNumber", PrintableText.singleLine("身份证号码", 18)),
            Map.entry("complainants[].phone", PrintableText.singleLine("联系电话", 20)),
            // addresses print as one-line fields of the 登记表 (documents: at most 200 characters)
            Map.entry("complainants[].address", PrintableText.singleLine("住址", 200)),
            Map.entry("complainants[].email", PrintableText.singleLine("电子邮箱", 100)),
            // 若干规定 §17: 职业、工作单位 of a complainant; the employer's 法定代表人或者主要负责人 and his 职务
            Map.entry("complainants[].occupation", PrintableText.singleLine("职业", 50)),
            Map.entry("complainants[].workplace", PrintableText.singleLine("工作单位", 200)),
            Map.entry("employer.creditCode", PrintableText.singleLine("统一社会信用代码", 18)),
            Map.entry("employer.name", PrintableText.singleLine("用人单位名称", 200)),
            Map.entry("employer.address", PrintableText.singleLine("用人单位地址", 200)),
            Map.entry("employer.district", PrintableText.singleLine("所在区县", 50)),
            Map.entry("employer.gridCode", PrintableText.singleLine("网格", 20)),
            Map.entry("employer.representative", PrintableText.singleLine("法定代表人或主要负责人", 50)),
            Map.entry("employer.representativeTitle", PrintableText.singleLine("职务", 50)),
            Map.entry("description", PrintableText.multiline("事实和请求", MAX_DESCRIPTION)),
            Map.entry("claims", PrintableText.multiline("投诉请求", MAX_CLAIMS)));

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern INDEXED = Pattern.compile("complainants\\[(\\d+)]\\.(\\w+)");

    private ComplaintValidation() {}

    public static List<FieldProblem> problemsOf(RegisterComplaintRequest r, Instant now) {
        LocalDate today = BeijingTime.dateOf(now);
        List<FieldProblem> problems = new ArrayList<>();
        // text that cannot be stored or printed is named first, and its field is not checked further
        Set<String> unprintable = unprintable(r, problems);
        ComplaintKind kind = unprintable.contains("kind")
                ? null
                : enumValue(ComplaintKind.class, r.kind(), "kind", "请选择类型（投诉或举报）", problems);
        if (!unprintable.contains("channel")) {
            enumValue(Channel.class, r.channel(), "channel", "请选择受理渠道", problems);
        }
        if (!unprintable.contains("category")) {
            enumValue(ComplaintCategory.class, r.category(), "category", "请选择投诉事项类别", problems);
        }
        if (r.receivedAt() != null && r.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("receivedAt", "Future", "收到时间不能晚于当前时间"));
        } else if (r.receivedAt() != null
                && r.receivedAt().isBefore(BeijingTime.startOf(today.minus(OLDEST_RECEIPT)))) {
            problems.add(
                    new FieldProblem("receivedAt", "TooEarly", "收到时间不能早于 " + today.minus(OLDEST_RECEIPT) + "，请核对"));
        }
        complainants(r, kind, today, unprintable, problems);
        employer(r.employer(), unprintable, problems);
        if (r.workersAffected() == null) {
            problems.add(new FieldProblem("workersAffected", "NotNull", "请填写涉及人数"));
        } else if (r.workersAffected() < 1 || r.workersAffected() > MAX_WORKERS) {
            problems.add(new FieldProblem("workersAffected", "Range", "涉及人数应在 1 至 " + MAX_WORKERS + " 人之间"));
        }
        amount(r.amountOwed()).ifPresent(m -> problems.add(new FieldProblem("amountOwed", "Amount", m)));
        if (r.violationStartedOn() == null) {
            problems.add(new FieldProblem("violationStartedOn", "NotNull", "请填写违法行为开始日期"));
        } else if (r.violationStartedOn().isAfter(today)) {
            problems.add(new FieldProblem("violationStartedOn", "Future", "违法行为开始日期不能晚于今天"));
        } else if (r.violationStartedOn().isBefore(EARLIEST_VIOLATION)) {
            problems.add(new FieldProblem("violationStartedOn", "TooEarly", "违法行为开始日期过早，请核对"));
        }
        if (r.violationEndedOn() != null) {
            if (r.violationEndedOn().isAfter(today)) {
                problems.add(new FieldProblem("violationEndedOn", "Future", "违法行为终了日期不能晚于今天"));
            } else if (r.violationEndedOn().isBefore(EARLIEST_VIOLATION)) {
                problems.add(new FieldProblem("violationEndedOn", "TooEarly", "违法行为终了日期过早，请核对"));
            } else if (r.violationStartedOn() != null && r.violationEndedOn().isBefore(r.violationStartedOn())) {
                problems.add(new FieldProblem("violationEndedOn", "BeforeStart", "违法行为终了日期不能早于开始日期"));
            }
        }
        if (!unprintable.contains("description")
                && (r.description() == null || r.description().isBlank())) {
            problems.add(new FieldProblem("description", "NotBlank", "请填写投诉举报的事实和请求"));
        }
        // 若干规定 §17: a 投诉 is registered with the complainant's claims; a 举报 reports a violation and claims nothing
        if (kind == ComplaintKind.COMPLAINT
                && !unprintable.contains("claims")
                && (r.claims() == null || r.claims().isBlank())) {
            problems.add(new FieldProblem("claims", "NotBlank", "请填写投诉请求（投诉人要求解决的事项）"));
        }
        return problems;
    }

    /** Every text field checked by the shared rule (characters and length); returns the fields that failed. */
    private static Set<String> unprintable(RegisterComplaintRequest r, List<FieldProblem> problems) {
        Set<String> failed = new HashSet<>();
        java.util.function.BiConsumer<String, String> check = (field, value) -> {
            String rule = INDEXED.matcher(field).matches()
                    ? "complainants[]." + field.substring(field.indexOf("].") + 2)
                    : field;
            TEXT.get(rule).problemOf(field, value).ifPresent(p -> {
                problems.add(p);
                failed.add(field);
            });
        };
        check.accept("kind", r.kind());
        check.accept("channel", r.channel());
        check.accept("category", r.category());
        for (int i = 0; i < Math.min(r.complainants().size(), MAX_COMPLAINANTS); i++) {
            RegisterComplaintRequest.ComplainantRequest p = r.complainants().get(i);
            if (p != null) {
                String at = "complainants[" + i + "].";
                check.accept(at + "name", p.name());
                check.accept(at + "idNumber", p.idNumber());
                check.accept(at + "phone", p.phone());
                check.accept(at + "address", p.address());
                check.accept(at + "email", p.email());
                check.accept(at + "occupation", p.occupation());
                check.accept(at + "workplace", p.workplace());
            }
        }
        RegisterComplaintRequest.EmployerRequest e = r.employer();
        if (e != null) {
            check.accept("employer.creditCode", e.creditCode());
            check.accept("employer.name", e.name());
            check.accept("employer.address", e.address());
            check.accept("employer.district", e.district());
            check.accept("employer.gridCode", e.gridCode());
            check.accept("employer.representative", e.representative());
            check.accept("employer.representativeTitle", e.representativeTitle());
        }
        check.accept("description", r.description());
        check.accept("claims", r.claims());
        return failed;
    }

    /**
     * Warnings that do not stop the registration. A violation that ended more than two years ago may not be
     * investigated any more (劳动保障监察条例 §20: two years from its end if it continued); that is a ground to refuse at
     * the review, where it is decided, not a reason to turn the complainant away at the desk.
     */
    public static List<String> warningsOf(RegisterComplaintRequest r, LocalDate today) {
        List<String> warnings = new ArrayList<>();
        limitationWarning(r.violationStartedOn(), r.violationEndedOn(), today).ifPresent(warnings::add);
        return warnings;
    }

    static Optional<String> limitationWarning(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        // a violation that has not ended is still within the period, however long ago it began
        if (startedOn == null || endedOn == null) {
            return Optional.empty();
        }
        if (endedOn.plusYears(2).isBefore(today)) {
            return Optional.of("违法行为于 " + endedOn + " 终了，至今已超过两年（《劳动保障监察条例》第二十条），受理审查时可依法不予受理");
        }
        return Optional.empty();
    }

    /**
     * One field as the clerk types it, by its name in the form ({@code complainants[2].phone},
     * {@code employer.creditCode}, {@code amountOwed}, ...): the problem, or empty. Fields without a rule of their own
     * (or unknown names) have none.
     */
    public static Optional<String> problemOfField(String field, String value, Instant now) {
        LocalDate today = BeijingTime.dateOf(now);
        String name = field == null ? "" : field;
        Matcher indexed = INDEXED.matcher(name);
        if (indexed.matches()) {
            name = "complainants[]." + indexed.group(2);
        }
        PrintableText text = TEXT.get(name);
        if (text != null) {
            Optional<FieldProblem> unprintable = text.problemOf(field, PrintableText.normalizeNewlines(value));
            if (unprintable.isPresent()) {
                return unprintable.map(FieldProblem::message);
            }
        }
        String v = value == null ? "" : value.strip();
        return switch (name) {
            case "complainants[].idNumber" -> IdCardNumber.problemOf(v, today);
            case "complainants[].phone" -> PhoneNumber.problemOf(v);
            case "complainants[].name" -> v.isEmpty() ? Optional.of("请填写姓名") : length(v, 50, "姓名");
            case "complainants[].email" -> v.isEmpty() ? Optional.empty() : email(v);
            case "employer.creditCode" -> v.isEmpty() ? Optional.of("请填写统一社会信用代码") : CreditCode.problemOf(v);
            case "amountOwed" -> v.isEmpty() ? Optional.empty() : parseAmount(v);
            case "workersAffected" -> workers(v);
            case "violationStartedOn", "violationEndedOn" -> v.isEmpty() ? Optional.empty() : plausibleDate(v, today);
            default -> Optional.empty();
        };
    }

    private static void complainants(
            RegisterComplaintRequest r,
            ComplaintKind kind,
            LocalDate today,
            Set<String> unprintable,
            List<FieldProblem> problems) {
        List<RegisterComplaintRequest.ComplainantRequest> people = r.complainants();
        if (people.isEmpty() && kind == ComplaintKind.COMPLAINT) {
            // only a report may be anonymous: a complaint is a worker's own claim
            problems.add(new FieldProblem("complainants", "NotEmpty", "投诉须至少填写一名投诉人（仅举报可以匿名）"));
        }
        if (people.size() > MAX_COMPLAINANTS) {
            problems.add(new FieldProblem("complainants", "Size", "一次登记的投诉人不能超过 " + MAX_COMPLAINANTS + " 人"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            String at = "complainants[" + i + "].";
            RegisterComplaintRequest.ComplainantRequest p = people.get(i);
            if (p == null) {
                problems.add(new FieldProblem("complainants[" + i + "]", "NotNull", "投诉人信息为空"));
                continue;
            }
            if (!unprintable.contains(at + "name")
                    && (p.name() == null || p.name().isBlank())) {
                problems.add(new FieldProblem(at + "name", "NotBlank", "请填写姓名"));
            }
            if (!unprintable.contains(at + "idNumber")) {
                Optional<String> idProblem = IdCardNumber.problemOf(p.idNumber(), today);
                idProblem.ifPresent(m -> problems.add(new FieldProblem(at + "idNumber", "IdNumber", m)));
                if (idProblem.isEmpty() && !seen.add(IdCardNumber.normalize(p.idNumber()))) {
                    problems.add(new FieldProblem(at + "idNumber", "Duplicate", "同一身份证号码重复填写"));
                }
            }
            if (!unprintable.contains(at + "phone")) {
                PhoneNumber.problemOf(p.phone())
                        .ifPresent(m -> problems.add(new FieldProblem(at + "phone", "Phone", m)));
            }
            if (!unprintable.contains(at + "email")
                    && p.email() != null
                    && !p.email().isBlank()) {
                email(p.email().strip()).ifPresent(m -> problems.add(new FieldProblem(at + "email", "Email", m)));
            }
            // 送达地址确认书 (民事诉讼法 §90): consent names the address documents are served at
            if (p.consentsToEmail()
                    && !unprintable.contains(at + "email")
                    && (p.email() == null || p.email().isBlank())) {
                problems.add(new FieldProblem(at + "email", "ConsentWithoutEmail", "已同意电子送达，请填写用于送达的电子邮箱"));
            }
        }
    }

    private static void employer(
            RegisterComplaintRequest.EmployerRequest e, Set<String> unprintable, List<FieldProblem> problems) {
        if (e == null) {
            problems.add(new FieldProblem("employer", "NotNull", "请填写被投诉用人单位"));
            return;
        }
        if (unprintable.contains("employer.creditCode")) {
            return;
        }
        if (e.creditCode() == null || e.creditCode().isBlank()) {
            problems.add(new FieldProblem("employer.creditCode", "NotBlank", "请填写用人单位统一社会信用代码"));
        } else {
            CreditCode.problemOf(e.creditCode().strip().toUpperCase(java.util.Locale.ROOT))
                    .ifPresent(m -> problems.add(new FieldProblem("employer.creditCode", "CreditCode", m)));
        }
    }

    private static Optional<String> amount(BigDecimal amount) {
        if (amount == null) {
            return Optional.empty();
        }
        if (amount.signum() < 0) {
            return Optional.of("拖欠金额不能为负数");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of("拖欠金额最多保留两位小数（元、角、分）");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            return Optional.of("拖欠金额过大，请核对");
        }
        return Optional.empty();
    }

    private static Optional<String> parseAmount(String v) {
        try {
            return amount(new BigDecimal(v));
        } catch (NumberFormatException e) {
            return Optional.of("拖欠金额应为数字（元），如 12500.00");
        }
    }

    private static Optional<String> workers(String v) {
        if (v.isEmpty()) {
            return Optional.of("请填写涉及人数");
        }
        try {
            int n = Integer.parseInt(v);
            return n < 1 || n > MAX_WORKERS ? Optional.of("涉及人数应在 1 至 " + MAX_WORKERS + " 人之间") : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("涉及人数应为整数");
        }
    }

    private static Optional<String> plausibleDate(String v, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(v);
            if (date.isBefore(EARLIEST_VIOLATION)) {
                return Optional.of("日期过早，请核对");
            }
            return date.isAfter(today) ? Optional.of("日期不能晚于今天") : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("日期格式应为 年-月-日");
        }
    }

    private static Optional<String> email(String v) {
        if (v.length() > 100 || !EMAIL.matcher(v).matches()) {
            return Optional.of("电子邮箱格式不正确");
        }
        return Optional.empty();
    }

    private static Optional<String> length(String v, int max, String label) {
        return v.codePointCount(0, v.length()) > max ? Optional.of(label + "不能超过 " + max + " 字") : Optional.empty();
    }

    private static <E extends Enum<E>> E enumValue(
            Class<E> type, String value, String field, String missing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "NotBlank", missing));
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value.strip()))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(new FieldProblem(field, "Unknown", "无效的选项：" + PrintableText.quoted(value)));
                    return null;
                });
    }
}
