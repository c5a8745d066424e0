package cn.laborcase.mediation;

import cn.laborcase.cases.ClaimType;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.PhoneNumber;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks what a mediator sends, each wrong field named in Chinese (a 400 lists them all): ID numbers with their check
 * digit (GB 11643), credit codes with theirs (GB 32100), claim types from {@link ClaimType}, amounts not negative and
 * in fen, dates not in the future, and text that will be printed free of control characters (house style 27).
 */
final class MediationValidation {

    static final PrintableText NAME = PrintableText.singleLine("姓名", 50);
    static final PrintableText ADDRESS = PrintableText.singleLine("地址", 200);
    static final PrintableText EMPLOYER_NAME = PrintableText.singleLine("被申请人名称", 200);
    static final PrintableText FACTS = PrintableText.multiline("争议事实", 4000);
    static final PrintableText CLAIM = PrintableText.multiline("请求事项说明", 1000);
    static final PrintableText PLACE = PrintableText.singleLine("调解地点", 200);
    static final PrintableText ATTENDEES = PrintableText.singleLine("参加人员", 500);
    static final PrintableText NOTES = PrintableText.multiline("调解情况", 4000);
    static final PrintableText TERMS = PrintableText.multiline("协议内容", 4000);
    static final PrintableText REASON = PrintableText.multiline("终止原因", 1000);
    static final PrintableText NOTE = PrintableText.multiline("备注", 1000);
    static final PrintableText REVIEW_REASONS = PrintableText.multiline("审查意见", 2000);
    static final int MAX_APPLICANTS = 200;
    static final int MAX_CLAIMS = 50;

    private MediationValidation() {}

    static void applicants(List<PartyRequest> applicants, LocalDate today, boolean required, List<FieldProblem> out) {
        if (applicants.isEmpty()) {
            if (required) {
                out.add(new FieldProblem("applicants", "NotEmpty", "请至少填写一名申请人"));
            }
            return;
        }
        if (applicants.size() > MAX_APPLICANTS) {
            out.add(new FieldProblem("applicants", "Size", "申请人不能超过 " + MAX_APPLICANTS + " 名"));
            return;
        }
        for (int i = 0; i < applicants.size(); i++) {
            String at = "applicants[" + i + "].";
            String who = "第" + (i + 1) + "名申请人的";
            PartyRequest p = applicants.get(i);
            if (p == null) {
                out.add(new FieldProblem("applicants[" + i + "]", "NotNull", who + "信息不能为空"));
                continue;
            }
            if (blank(p.name())) {
                out.add(new FieldProblem(at + "name", "NotBlank", "请填写" + who + "姓名"));
            } else {
                NAME.problemOf(at + "name", p.name()).ifPresent(out::add);
            }
            if (blank(p.idNumber())) {
                out.add(new FieldProblem(at + "idNumber", "NotBlank", "请填写" + who + "身份证号码"));
            } else {
                IdCardNumber.problemOf(p.idNumber().strip(), today)
                        .ifPresent(m -> out.add(new FieldProblem(at + "idNumber", "IdNumber", who + m)));
            }
            if (!blank(p.phone())) {
                PhoneNumber.problemOf(p.phone().strip())
                        .ifPresent(m -> out.add(new FieldProblem(at + "phone", "Phone", who + m)));
            }
            if (!blank(p.address())) {
                ADDRESS.problemOf(at + "address", p.address()).ifPresent(out::add);
            }
        }
    }

    static void respondent(RespondentRequest r, List<FieldProblem> out) {
        if (r == null) {
            out.add(new FieldProblem("respondent", "NotNull", "请填写被申请人（用人单位）"));
            return;
        }
        if (blank(r.creditCode())) {
            out.add(new FieldProblem("respondent.creditCode", "NotBlank", "请填写被申请人的统一社会信用代码"));
        } else {
            CreditCode.problemOf(r.creditCode().strip())
                    .ifPresent(m -> out.add(new FieldProblem("respondent.creditCode", "CreditCode", "被申请人的" + m)));
        }
        if (blank(r.name())) {
            out.add(new FieldProblem("respondent.name", "NotBlank", "请填写被申请人名称"));
        } else {
            EMPLOYER_NAME.problemOf("respondent.name", r.name()).ifPresent(out::add);
        }
        if (!blank(r.address())) {
            ADDRESS.problemOf("respondent.address", r.address()).ifPresent(out::add);
        }
    }

    /** Claim items ({@code field}: claims or items); at least one when {@code required}. */
    static void claims(String field, List<ClaimRequest> claims, boolean required, List<FieldProblem> out) {
        if (claims.isEmpty()) {
            if (required) {
                out.add(new FieldProblem(field, "NotEmpty", "请至少填写一项请求事项"));
            }
            return;
        }
        if (claims.size() > MAX_CLAIMS) {
            out.add(new FieldProblem(field, "Size", "请求事项不能超过 " + MAX_CLAIMS + " 项"));
            return;
        }
        for (int i = 0; i < claims.size(); i++) {
            String at = field + "[" + i + "].";
            String which = "第" + (i + 1) + "项";
            ClaimRequest c = claims.get(i);
            if (c == null) {
                out.add(new FieldProblem(field + "[" + i + "]", "NotNull", which + "请求事项不能为空"));
                continue;
            }
            if (blank(c.type())) {
                out.add(new FieldProblem(at + "type", "NotBlank", "请选择" + which + "的请求类型"));
            } else if (claimType(c.type()) == null) {
                out.add(new FieldProblem(at + "type", "Unknown", which + "的请求类型不存在，请从列表中选择"));
            }
            amount(at + "amount", which + "的金额", c.amount(), out);
            if (c.description() != null) {
                CLAIM.problemOf(at + "description", c.description()).ifPresent(out::add);
            }
        }
    }

    static void amount(String field, String label, BigDecimal amount, List<FieldProblem> out) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            out.add(new FieldProblem(field, "Min", label + "不能为负数"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            out.add(new FieldProblem(field, "Digits", label + "最多保留两位小数（分）"));
        } else if (amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            out.add(new FieldProblem(field, "Max", label + "过大"));
        }
    }

    /** A day that must be given and not lie after today. */
    static void pastOrToday(String field, String label, LocalDate day, LocalDate today, List<FieldProblem> out) {
        if (day == null) {
            out.add(new FieldProblem(field, "NotNull", "请填写" + label));
        } else if (day.isAfter(today)) {
            out.add(new FieldProblem(field, "PastOrPresent", label + "不能晚于今天"));
        }
    }

    static void required(PrintableText rule, String field, String value, List<FieldProblem> out) {
        if (blank(value)) {
            out.add(new FieldProblem(field, "NotBlank", "请填写" + rule.label()));
        } else {
            rule.problemOf(field, value).ifPresent(out::add);
        }
    }

    static void optional(PrintableText rule, String field, String value, List<FieldProblem> out) {
        if (!blank(value)) {
            rule.problemOf(field, value).ifPresent(out::add);
        }
    }

    static ClaimType claimType(String name) {
        for (ClaimType t : ClaimType.values()) {
            if (t.name().equals(name.strip())) {
                return t;
            }
        }
        return null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Stripped, line breaks as LF; blank as absent (Oracle mode stores '' as NULL anyway). */
    static String text(String s) {
        return blank(s) ? null : PrintableText.normalizeNewlines(s.strip());
    }
}
