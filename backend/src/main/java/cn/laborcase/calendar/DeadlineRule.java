package cn.laborcase.calendar;

import java.util.List;

/**
 * What the law says about one kind of deadline: its basis, how it counts, how long it runs, and how far it may be
 * extended, paused (中止) or restarted (重新计算). Configured in {@code laborcase.deadlines.rules}, owned by legal
 * staff; a deadline copies its rule when it is opened.
 *
 * @param code e.g. INSPECTION_CASE
 * @param name e.g. 监察案件办结
 * @param legalBasis the article, e.g. 《劳动保障监察条例》第十七条
 * @param maxExtensions how many extensions the basis allows (0: none)
 * @param maxExtensionDays the most days all extensions together may add, in the rule's unit
 * @param extensionBasis who approves and where it says so, e.g. 经劳动保障行政部门负责人批准（条例第十七条）
 * @param pauseBasis the article that allows suspension (中止); blank: the period cannot be paused
 * @param restartBasis the article that restarts the period (重新计算); blank: the period cannot restart
 * @param restartGrounds the events that restart this period, as a restart's reason names them (e.g. 追加当事人);
 *     empty: any reason the basis covers. 补正 restarts the acceptance period, not the award's (办案规则 §46(二)
 *     counts the receipt of the application from the 补正), so the award rule does not list it
 */
public record DeadlineRule(
        String code,
        String name,
        String legalBasis,
        PeriodUnit unit,
        int length,
        int maxExtensions,
        int maxExtensionDays,
        String extensionBasis,
        String pauseBasis,
        String restartBasis,
        List<String> restartGrounds) {

    public DeadlineRule {
        restartGrounds = restartGrounds == null
                ? List.of()
                : restartGrounds.stream()
                        .filter(g -> g != null && !g.isBlank())
                        .map(String::strip)
                        .toList();
        require(code != null && code.matches("[A-Z][A-Z0-9_]*"), code, "code must be UPPER_SNAKE");
        require(name != null && !name.isBlank(), code, "name is required");
        require(legalBasis != null && !legalBasis.isBlank(), code, "legal-basis is required");
        require(unit != null, code, "unit is required");
        require(length > 0, code, "length must be positive");
        require(maxExtensions >= 0 && maxExtensionDays >= 0, code, "extension limits must not be negative");
        require(maxExtensions == 0 || maxExtensionDays > 0, code, "an extension needs max-extension-days");
    }

    public boolean pausable() {
        return pauseBasis != null && !pauseBasis.isBlank();
    }

    public boolean restartable() {
        return restartBasis != null && !restartBasis.isBlank();
    }

    /** Whether {@code reason} names one of the restart grounds (any reason when the rule lists none). */
    public boolean restartsFor(String reason) {
        return restartGrounds.isEmpty()
                || (reason != null && restartGrounds.stream().anyMatch(reason::contains));
    }

    /** The same rule with the restart grounds of the configured one (a stored deadline keeps the other fields). */
    DeadlineRule withRestartGrounds(List<String> grounds) {
        return new DeadlineRule(
                code,
                name,
                legalBasis,
                unit,
                length,
                maxExtensions,
                maxExtensionDays,
                extensionBasis,
                pauseBasis,
                restartBasis,
                grounds);
    }

    /** e.g. "60个工作日". */
    public String lengthText() {
        return length + unit.label();
    }

    private static void require(boolean ok, String code, String message) {
        if (!ok) {
            throw new IllegalStateException("laborcase.deadlines.rules " + code + ": " + message);
        }
    }
}
