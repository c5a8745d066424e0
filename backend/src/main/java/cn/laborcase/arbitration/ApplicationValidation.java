package cn.laborcase.arbitration;

import cn.laborcase.cases.ClaimType;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.PhoneNumber;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an application field by field, naming each wrong one ({@code applicants[0].idNumber}, {@code claims[2].amount})
 * in words a clerk understands, before anything is written. Text that will be printed on the 收件回执 and the notices
 * is checked at the door (house style 27).
 */
final class ApplicationValidation {

    static final int MAX_APPLICANTS = 500;
    static final int MAX_CLAIMS = 50;
    static final int MAX_AGENTS = 50;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    static final PrintableText NAME = PrintableText.singleLine("姓名", 50);
    static final PrintableText EMPLOYER_NAME = PrintableText.singleLine("单位名称", 200);
    static final PrintableText ADDRESS = PrintableText.singleLine("地址", 200);
    static final PrintableText LOCALITY = PrintableText.singleLine("最低工资适用地区", 50);
    static final PrintableText DESCRIPTION = PrintableText.multiline("请求事项", 1000);

    private ApplicationValidation() {}

    record Party(
            String kind,
            String name,
            String idNumber,
            String creditCode,
            String phone,
            String address,
            boolean representative,
            String authority,
            Integer actsFor) {}

    record Claim(ClaimType type, BigDecimal amount, String description) {}

    /** The application as typed values; only meaningful when no problem was added. */
    record Valid(
            Instant receivedAt,
            ApplicationChannel channel,
            String locality,
            List<Party> applicants,
            List<Party> respondents,
            List<Party> agents,
            List<Claim> claims,
            boolean collective) {}

    static Valid check(
            RegisterApplicationRequest r,
            Instant now,
            LocalDate today,
            String defaultLocality,
            MinimumWages wages,
            int collectiveThreshold,
            List<FieldProblem> problems) {
        Instant receivedAt = receivedAt(r.receivedAt(), now, problems);
        ApplicationChannel channel = ApplicationChannel.IN_PERSON;
        if (r.channel() != null && !r.channel().isBlank()) {
            channel = ApplicationChannel.parse(r.channel().strip()).orElse(null);
            if (channel == null) {
                problems.add(new FieldProblem("channel", "Unknown", "收件方式应为当场提交、邮寄或网上申请"));
            }
        }
        String locality = defaultLocality;
        if (r.locality() != null && !r.locality().isBlank()) {
            int before = problems.size();
            LOCALITY.problemOf("locality", r.locality()).ifPresent(problems::add);
            locality = problems.size() > before ? null : r.locality().strip();
        }
        if (locality != null && !wages.knows(locality)) {
            problems.add(new FieldProblem("locality", "Unknown", "未配置「" + cut(locality) + "」的月最低工资标准，无法判断是否终局裁决"));
        }
        List<Party> applicants = applicants(r.applicants(), today, collectiveThreshold, problems);
        List<Party> respondents = new ArrayList<>();
        if (r.respondent() == null) {
            problems.add(new FieldProblem("respondent", "NotNull", "请填写被申请人（用人单位）"));
        } else {
            respondents.add(respondent("respondent", r.respondent(), problems));
        }
        if (r.otherRespondents() != null) {
            if (r.otherRespondents().size() > 20) {
                problems.add(new FieldProblem("otherRespondents", "Size", "其他被申请人不超过 20 个"));
            } else {
                for (int i = 0; i < r.otherRespondents().size(); i++) {
                    RegisterApplicationRequest.Respondent o =
                            r.otherRespondents().get(i);
                    if (o == null) {
                        problems.add(new FieldProblem("otherRespondents[" + i + "]", "NotNull", "请填写被申请人"));
                    } else {
                        respondents.add(respondent("otherRespondents[" + i + "]", o, problems));
                    }
                }
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < respondents.size(); i++) {
            String code = respondents.get(i).creditCode();
            if (code != null && !codes.add(code)) {
                problems.add(new FieldProblem(
                        i == 0 ? "respondent.creditCode" : "otherRespondents[" + (i - 1) + "].creditCode",
                        "Duplicate",
                        "同一用人单位只能作为被申请人列明一次"));
            }
        }
        List<Party> agents = agents(r.agents(), applicants.size(), today, problems);
        List<Claim> claims = claims(r.claims(), problems);
        boolean collective = applicants.size() >= collectiveThreshold;
        return new Valid(receivedAt, channel, locality, applicants, respondents, agents, claims, collective);
    }

    private static Instant receivedAt(String text, Instant now, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("receivedAt", "NotNull", "请填写收件时间"));
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(
                    new FieldProblem("receivedAt", "Format", "收件时间格式不正确，应为如 2026-12-07T09:30:00+08:00：" + cut(text)));
            return null;
        }
        if (at.isAfter(now)) {
            problems.add(new FieldProblem("receivedAt", "Future", "收件时间不能晚于当前时间"));
            return null;
        }
        return at;
    }

    private static List<Party> applicants(
            List<RegisterApplicationRequest.Applicant> list,
            LocalDate today,
            int collectiveThreshold,
            List<FieldProblem> problems) {
        List<Party> parties = new ArrayList<>();
        if (list == null || list.isEmpty()) {
            problems.add(new FieldProblem("applicants", "NotEmpty", "请至少填写一名申请人"));
            return parties;
        }
        if (list.size() > MAX_APPLICANTS) {
            problems.add(new FieldProblem("applicants", "Size", "申请人不超过 " + MAX_APPLICANTS + " 人，请分案登记"));
            return parties;
        }
        Set<String> ids = new HashSet<>();
        int representatives = 0;
        for (int i = 0; i < list.size(); i++) {
            String f = "applicants[" + i + "]";
            RegisterApplicationRequest.Applicant a = list.get(i);
            if (a == null) {
                problems.add(new FieldProblem(f, "NotNull", "请填写申请人"));
                continue;
            }
            String name = required(f + ".name", a.name(), NAME, "请填写申请人姓名", problems);
            String id = null;
            var idProblem = IdCardNumber.problemOf(a.idNumber(), today);
            if (idProblem.isPresent()) {
                problems.add(new FieldProblem(f + ".idNumber", "Invalid", idProblem.get()));
            } else {
                id = IdCardNumber.normalize(a.idNumber());
                if (!ids.add(id)) {
                    // a person is a party of a case once (house style 26)
                    problems.add(new FieldProblem(f + ".idNumber", "Duplicate", "同一申请人只能列明一次"));
                }
            }
            String phone = phone(f + ".phone", a.phone(), problems);
            ADDRESS.problemOf(f + ".address", a.address()).ifPresent(problems::add);
            boolean representative = Boolean.TRUE.equals(a.representative());
            if (representative) {
                representatives++;
            }
            parties.add(new Party("APPLICANT", name, id, null, phone, strip(a.address()), representative, null, null));
        }
        if (list.size() >= collectiveThreshold && representatives == 0) {
            problems.add(new FieldProblem(
                    "applicants",
                    "Representatives",
                    "申请人" + collectiveThreshold + "人以上且有共同请求的为集体劳动争议，须推举代表参加仲裁（调解仲裁法第七条）"));
        }
        return parties;
    }

    private static Party respondent(String f, RegisterApplicationRequest.Respondent r, List<FieldProblem> problems) {
        String name = required(f + ".name", r.name(), EMPLOYER_NAME, "请填写被申请人名称", problems);
        String code = null;
        if (r.creditCode() == null || r.creditCode().isBlank()) {
            problems.add(new FieldProblem(f + ".creditCode", "NotBlank", "请填写被申请人统一社会信用代码"));
        } else {
            String c = r.creditCode().strip().toUpperCase(Locale.ROOT);
            var problem = CreditCode.problemOf(c);
            if (problem.isPresent()) {
                problems.add(new FieldProblem(f + ".creditCode", "Invalid", problem.get()));
            } else {
                code = c;
            }
        }
        String address = required(f + ".address", r.address(), ADDRESS, "请填写被申请人住所地", problems);
        String phone = phone(f + ".phone", r.phone(), problems);
        return new Party("RESPONDENT", name, null, code, phone, address, false, null, null);
    }

    private static List<Party> agents(
            List<RegisterApplicationRequest.Agent> list, int applicants, LocalDate today, List<FieldProblem> problems) {
        List<Party> parties = new ArrayList<>();
        if (list == null) {
            return parties;
        }
        if (list.size() > MAX_AGENTS) {
            problems.add(new FieldProblem("agents", "Size", "委托代理人不超过 " + MAX_AGENTS + " 人"));
            return parties;
        }
        for (int i = 0; i < list.size(); i++) {
            String f = "agents[" + i + "]";
            RegisterApplicationRequest.Agent a = list.get(i);
            if (a == null) {
                problems.add(new FieldProblem(f, "NotNull", "请填写委托代理人"));
                continue;
            }
            String name = required(f + ".name", a.name(), NAME, "请填写委托代理人姓名", problems);
            String authority = a.authority() == null ? "" : a.authority().strip();
            if (!authority.equals("GENERAL") && !authority.equals("SPECIAL")) {
                problems.add(new FieldProblem(f + ".authority", "Unknown", "请选择代理权限：一般授权或特别授权"));
            }
            int actsFor = a.actsFor() == null ? 0 : a.actsFor();
            if (actsFor < 0 || actsFor >= Math.max(applicants, 1)) {
                problems.add(new FieldProblem(f + ".actsFor", "Range", "委托代理人须代理本案的一名申请人"));
            }
            String id = null;
            if (a.idNumber() != null && !a.idNumber().isBlank()) {
                var idProblem = IdCardNumber.problemOf(a.idNumber(), today);
                if (idProblem.isPresent()) {
                    problems.add(new FieldProblem(f + ".idNumber", "Invalid", idProblem.get()));
                } else {
                    id = IdCardNumber.normalize(a.idNumber());
                }
            }
            String phone = phone(f + ".phone", a.phone(), problems);
            parties.add(new Party("AGENT", name, id, null, phone, null, false, authority, actsFor));
        }
        return parties;
    }

    static List<Claim> claims(List<RegisterApplicationRequest.Claim> list, List<FieldProblem> problems) {
        List<Claim> claims = new ArrayList<>();
        if (list == null || list.isEmpty()) {
            problems.add(new FieldProblem("claims", "NotEmpty", "请至少填写一项仲裁请求"));
            return claims;
        }
        if (list.size() > MAX_CLAIMS) {
            problems.add(new FieldProblem("claims", "Size", "仲裁请求不超过 " + MAX_CLAIMS + " 项"));
            return claims;
        }
        for (int i = 0; i < list.size(); i++) {
            String f = "claims[" + i + "]";
            RegisterApplicationRequest.Claim c = list.get(i);
            if (c == null) {
                problems.add(new FieldProblem(f, "NotNull", "请填写仲裁请求"));
                continue;
            }
            ClaimType type = null;
            if (c.type() == null || c.type().isBlank()) {
                problems.add(new FieldProblem(f + ".type", "NotBlank", "请选择请求类型"));
            } else {
                for (ClaimType t : ClaimType.values()) {
                    if (t.name().equals(c.type().strip())) {
                        type = t;
                    }
                }
                if (type == null) {
                    problems.add(new FieldProblem(f + ".type", "Unknown", "未知的请求类型：" + cut(c.type())));
                }
            }
            BigDecimal amount = amount(f + ".amount", c.amount(), problems);
            String description = required(f + ".description", c.description(), DESCRIPTION, "请填写请求事项", problems);
            claims.add(new Claim(type, amount, description));
        }
        return claims;
    }

    static BigDecimal amount(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "NotNumber", "请求金额须为数字（元）：" + cut(text)));
            return null;
        }
        if (amount.signum() < 0) {
            problems.add(new FieldProblem(field, "Min", "请求金额不能为负数"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem(field, "Digits", "请求金额最多两位小数，且不超过 9999 亿元"));
            return null;
        }
        return amount.setScale(2);
    }

    /** A person's ID card number as at registration; null with the problem added. */
    static String idNumber(String field, String text, LocalDate today, List<FieldProblem> problems) {
        var problem = IdCardNumber.problemOf(text, today);
        if (problem.isPresent()) {
            problems.add(new FieldProblem(field, "Invalid", problem.get()));
            return null;
        }
        return IdCardNumber.normalize(text);
    }

    /** An employer's unified social credit code as at registration; null with the problem added. */
    static String creditCode(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "NotBlank", "请填写统一社会信用代码"));
            return null;
        }
        String c = text.strip().toUpperCase(Locale.ROOT);
        var problem = CreditCode.problemOf(c);
        if (problem.isPresent()) {
            problems.add(new FieldProblem(field, "Invalid", problem.get()));
            return null;
        }
        return c;
    }

    private static String phone(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var problem = PhoneNumber.problemOf(text);
        if (problem.isPresent()) {
            problems.add(new FieldProblem(field, "Invalid", problem.get()));
            return null;
        }
        return PhoneNumber.normalize(text);
    }

    private static String required(
            String field, String value, PrintableText rule, String missing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "NotBlank", missing));
            return null;
        }
        var problem = rule.problemOf(field, value);
        if (problem.isPresent()) {
            problems.add(problem.get());
            return null;
        }
        return PrintableText.normalizeNewlines(value.strip());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String cut(String text) {
        String t = text.strip();
        return t.length() > 20 ? t.substring(0, 20) + "…" : t;
    }
}
