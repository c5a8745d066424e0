package cn.laborcase.intake.web;

import cn.laborcase.intake.ComplaintValidation;
import cn.laborcase.intake.RegisterComplaintRequest;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The registration form as the browser posts it: text only, so that a wrong number or date becomes a problem named
 * by its field (the same names as the API's: {@code complainants[0].idNumber}, {@code employer.creditCode}) instead
 * of a binding failure.
 *
 * @param receivedAt a {@code datetime-local} value, Beijing time
 */
record RegistrationForm(
        String kind,
        String channel,
        String receivedAt,
        List<ComplainantForm> complainants,
        EmployerForm employer,
        String category,
        String workersAffected,
        String amountOwed,
        String violationStartedOn,
        String violationEndedOn,
        String employerAbsconded,
        String description,
        String onlyDoubleWages,
        String claims) {

    RegistrationForm {
        complainants = complainants == null
                ? new ArrayList<>()
                : new ArrayList<>(complainants.stream().filter(Objects::nonNull).toList());
        employer = employer == null ? new EmployerForm(null, null, null, null, null, null, null) : employer;
    }

    /** A blank form: a complaint at the counter, received now, with one complainant row. */
    static RegistrationForm blank(java.time.Clock clock) {
        return new RegistrationForm(
                "COMPLAINT",
                "COUNTER",
                LocalDateTime.now(clock.withZone(BeijingTime.ZONE))
                        .withSecond(0)
                        .withNano(0)
                        .toString(),
                new ArrayList<>(List.of(ComplainantForm.empty())),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** @param emailConsent the box 同意电子送达 (送达地址确认书): posts {@code true} when ticked */
    record ComplainantForm(
            String name,
            String idNumber,
            String phone,
            String address,
            String email,
            String occupation,
            String workplace,
            String emailConsent) {

        static ComplainantForm empty() {
            return new ComplainantForm(null, null, null, null, null, null, null, null);
        }

        /** A row the clerk left empty (a ticked consent box alone does not make a person). */
        boolean blank() {
            return isBlank(name)
                    && isBlank(idNumber)
                    && isBlank(phone)
                    && isBlank(address)
                    && isBlank(email)
                    && isBlank(occupation)
                    && isBlank(workplace);
        }

        public boolean consents() {
            return "true".equals(emailConsent) || "on".equals(emailConsent);
        }
    }

    record EmployerForm(
            String creditCode,
            String name,
            String address,
            String district,
            String gridCode,
            String representative,
            String representativeTitle) {}

    /**
     * The request the form stands for, or 400 naming every problem at once when a field cannot even be read (text
     * for a number or a date): those and what the registration rules find in the others. Rows left completely blank
     * are dropped (an anonymous report has none).
     */
    RegisterComplaintRequest toRequest(Instant now) {
        List<FieldProblem> unreadable = new ArrayList<>();
        RegisterComplaintRequest request = toRequest(unreadable);
        if (!unreadable.isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(unreadable);
            ComplaintValidation.problemsOf(request, now).stream()
                    .filter(p -> unreadable.stream().noneMatch(u -> u.field().equals(p.field())))
                    .forEach(all::add);
            throw new InvalidInputException(all);
        }
        return request;
    }

    /** The request the form stands for; text that is not a number or date is left out and named in {@code problems}. */
    RegisterComplaintRequest toRequest(List<FieldProblem> problems) {
        List<RegisterComplaintRequest.ComplainantRequest> people = new ArrayList<>();
        for (int i = 0; i < complainants.size(); i++) {
            ComplainantForm c = complainants.get(i);
            if (!c.blank()) {
                people.add(new RegisterComplaintRequest.ComplainantRequest(
                        c.name(),
                        c.idNumber(),
                        c.phone(),
                        c.address(),
                        c.email(),
                        c.occupation(),
                        c.workplace(),
                        checkbox(c.emailConsent(), "complainants[" + i + "].emailConsent", problems)));
            }
        }
        return new RegisterComplaintRequest(
                kind,
                channel,
                instant(receivedAt, problems),
                people,
                new RegisterComplaintRequest.EmployerRequest(
                        employer.creditCode(),
                        employer.name(),
                        employer.address(),
                        employer.district(),
                        employer.gridCode(),
                        employer.representative(),
                        employer.representativeTitle()),
                category,
                integer(workersAffected, problems),
                decimal(amountOwed, problems),
                date(violationStartedOn, "violationStartedOn", problems),
                date(violationEndedOn, "violationEndedOn", problems),
                checkbox(employerAbsconded, "employerAbsconded", problems),
                description,
                checkbox(onlyDoubleWages, "onlyDoubleWages", problems),
                claims);
    }

    /** The form without blank complainant rows, as it is shown again after an error (with one row at least). */
    RegistrationForm compacted() {
        List<ComplainantForm> rows =
                new ArrayList<>(complainants.stream().filter(c -> !c.blank()).toList());
        return new RegistrationForm(
                kind,
                channel,
                receivedAt,
                rows,
                employer,
                category,
                workersAffected,
                amountOwed,
                violationStartedOn,
                violationEndedOn,
                employerAbsconded,
                description,
                onlyDoubleWages,
                claims);
    }

    /** A ticked box posts its value ({@code true}); an unticked one posts nothing. */
    public boolean ticked(String box) {
        return "true".equals(box) || "on".equals(box);
    }

    public boolean absconded() {
        return ticked(employerAbsconded);
    }

    public boolean doubleWagesOnly() {
        return ticked(onlyDoubleWages);
    }

    private static Boolean checkbox(String value, String field, List<FieldProblem> problems) {
        if (isBlank(value) || "false".equals(value.strip())) {
            return false;
        }
        if ("true".equals(value.strip()) || "on".equals(value.strip())) {
            return true;
        }
        problems.add(new FieldProblem(field, "NotBoolean", "选项无效，请勾选或不勾选"));
        return null;
    }

    private static Instant instant(String value, List<FieldProblem> problems) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(BeijingTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("receivedAt", "NotDate", "收到时间格式应为 年-月-日 时:分"));
            return null;
        }
    }

    private static Integer integer(String value, List<FieldProblem> problems) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("workersAffected", "NotNumber", "涉及人数应为整数"));
            return null;
        }
    }

    private static BigDecimal decimal(String value, List<FieldProblem> problems) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("amountOwed", "NotNumber", "拖欠金额应为数字（元），如 12500.00"));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "NotDate", "日期格式应为 年-月-日"));
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
