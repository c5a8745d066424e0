package cn.laborcase.intake;

import cn.laborcase.employer.CreditCode;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.PhoneNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
    // numeric(14,2)
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    /** Clocks of the 12333 system and ours may differ a little: "received in the future" allows this much. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern INDEXED = Pattern.compile("complainants\\[(\\d+)]\\.(\\w+)");

    private ComplaintValidation() {}

    public static List<FieldProblem> problemsOf(RegisterComplaintRequest r, Instant now) {
        LocalDate today = BeijingTime.dateOf(now);
        List<FieldProblem> problems = new ArrayList<>();
        ComplaintKind kind = enumValue(ComplaintKind.class, r.kind(), "kind", "请选择类型（投诉或举报）", problems);
        enumValue(Channel.class, r.channel(), "channel", "请选择受理渠道", problems);
        enumValue(ComplaintCategory.class, r.category(), "category", "请选择投诉事项类别", problems);
        if (r.receivedAt() != null && r.receivedAt().isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("receivedAt", "Future", "收到时间不能晚于当前时间"));
        }
        complainants(r, kind, today, problems);
        employer(r.employer(), problems);
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
        }
        if (r.violationEndedOn() != null) {
            if (r.violationEndedOn().isAfter(today)) {
                problems.add(new FieldProblem("violationEndedOn", "Future", "违法行为终了日期不能晚于今天"));
            } else if (r.violationStartedOn() != null && r.violationEndedOn().isBefore(r.violationStartedOn())) {
                problems.add(new FieldProblem("violationEndedOn", "BeforeStart", "违法行为终了日期不能早于开始日期"));
            }
        }
        if (r.description() == null || r.description().isBlank()) {
            problems.add(new FieldProblem("description", "NotBlank", "请填写投诉举报的事实和请求"));
        } else if (r.description().strip().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "Size", "事实和请求不能超过 " + MAX_DESCRIPTION + " 字"));
        }
        return problems;
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
        String v = value == null ? "" : value.strip();
        return switch (name) {
            case "complainants[].idNumber" -> IdCardNumber.problemOf(v, today);
            case "complainants[].phone" -> PhoneNumber.problemOf(v);
            case "complainants[].name" -> v.isEmpty() ? Optional.of("请填写姓名") : length(v, 50, "姓名");
            case "complainants[].email" -> v.isEmpty() ? Optional.empty() : email(v);
            case "employer.creditCode" -> v.isEmpty() ? Optional.of("请填写统一社会信用代码") : CreditCode.problemOf(v);
            case "amountOwed" -> v.isEmpty() ? Optional.empty() : parseAmount(v);
            case "workersAffected" -> workers(v);
            case "violationStartedOn", "violationEndedOn" -> v.isEmpty() ? Optional.empty() : notFuture(v, today);
            default -> Optional.empty();
        };
    }

    private static void complainants(
            RegisterComplaintRequest r, ComplaintKind kind, LocalDate today, List<FieldProblem> problems) {
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
            if (p.name() == null || p.name().isBlank()) {
                problems.add(new FieldProblem(at + "name", "NotBlank", "请填写姓名"));
            } else {
                length(p.name().strip(), 50, "姓名")
                        .ifPresent(m -> problems.add(new FieldProblem(at + "name", "Size", m)));
            }
            Optional<String> idProblem = IdCardNumber.problemOf(p.idNumber(), today);
            idProblem.ifPresent(m -> problems.add(new FieldProblem(at + "idNumber", "IdNumber", m)));
            if (idProblem.isEmpty() && !seen.add(IdCardNumber.normalize(p.idNumber()))) {
                problems.add(new FieldProblem(at + "idNumber", "Duplicate", "同一身份证号码重复填写"));
            }
            PhoneNumber.problemOf(p.phone()).ifPresent(m -> problems.add(new FieldProblem(at + "phone", "Phone", m)));
            if (p.address() != null) {
                length(p.address().strip(), 300, "住址")
                        .ifPresent(m -> problems.add(new FieldProblem(at + "address", "Size", m)));
            }
            if (p.email() != null && !p.email().isBlank()) {
                email(p.email().strip()).ifPresent(m -> problems.add(new FieldProblem(at + "email", "Email", m)));
            }
        }
    }

    private static void employer(RegisterComplaintRequest.EmployerRequest e, List<FieldProblem> problems) {
        if (e == null) {
            problems.add(new FieldProblem("employer", "NotNull", "请填写被投诉用人单位"));
            return;
        }
        if (e.creditCode() == null || e.creditCode().isBlank()) {
            problems.add(new FieldProblem("employer.creditCode", "NotBlank", "请填写用人单位统一社会信用代码"));
        } else {
            CreditCode.problemOf(e.creditCode().strip().toUpperCase(java.util.Locale.ROOT))
                    .ifPresent(m -> problems.add(new FieldProblem("employer.creditCode", "CreditCode", m)));
        }
        if (e.name() != null) {
            length(e.name().strip(), 200, "用人单位名称")
                    .ifPresent(m -> problems.add(new FieldProblem("employer.name", "Size", m)));
        }
        if (e.address() != null) {
            length(e.address().strip(), 300, "用人单位地址")
                    .ifPresent(m -> problems.add(new FieldProblem("employer.address", "Size", m)));
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

    private static Optional<String> notFuture(String v, LocalDate today) {
        try {
            return LocalDate.parse(v).isAfter(today) ? Optional.of("日期不能晚于今天") : Optional.empty();
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
                    problems.add(new FieldProblem(field, "Unknown", "无效的选项：" + value));
                    return null;
                });
    }
}
