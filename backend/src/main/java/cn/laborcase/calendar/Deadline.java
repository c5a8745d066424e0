package cn.laborcase.calendar;

import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A statutory deadline (法定期限) and the guards on changing it: extensions only as far as the rule allows, one
 * suspension at a time, no restart while suspended, no change once closed. The due date is derived from the inputs
 * (start, length, extensions, pauses) on the working-day calendar.
 */
final class Deadline {

    private final Long id;
    private final DeadlineRule rule;
    private final LocalDate originalStart;
    private final DeadlineOwner owner;
    private final List<Extension> extensions;
    private final List<Pause> pauses;
    private final List<Restart> restarts;
    private final Set<String> elements;
    private int version;
    private LocalDate start;
    private String processInstanceId;
    private LocalDate closedOn;
    private LocalDate dueDate;
    private boolean provisional;

    Deadline(
            Long id,
            DeadlineRule rule,
            LocalDate originalStart,
            LocalDate start,
            DeadlineOwner owner,
            String processInstanceId,
            Set<String> elements,
            List<Extension> extensions,
            List<Pause> pauses,
            List<Restart> restarts,
            LocalDate closedOn,
            LocalDate dueDate,
            boolean provisional,
            int version) {
        this.id = id;
        this.rule = rule;
        this.originalStart = originalStart;
        this.start = start;
        this.owner = owner;
        this.processInstanceId = processInstanceId;
        this.elements = new LinkedHashSet<>(elements);
        this.extensions = new ArrayList<>(extensions);
        this.pauses = new ArrayList<>(pauses);
        this.restarts = new ArrayList<>(restarts);
        this.closedOn = closedOn;
        this.dueDate = dueDate;
        this.provisional = provisional;
        this.version = version;
    }

    static Deadline open(DeadlineRule rule, OpenDeadline command) {
        return new Deadline(
                null,
                rule,
                command.start(),
                command.start(),
                command.owner(),
                command.processInstanceId(),
                command.elementIds(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                false,
                0);
    }

    // 条例 §17: one extension of up to 30 working days; 调解仲裁法 §43: up to 15 days, with the director's approval.
    Extension extend(Extension extension) {
        requireOpen();
        List<FieldProblem> problems = new ArrayList<>();
        if (extension.days() <= 0) {
            problems.add(new FieldProblem("days", "Positive", "延长天数必须大于0"));
        } else if (rule.maxExtensions() > 0 && extension.days() > rule.maxExtensionDays()) {
            problems.add(new FieldProblem(
                    "days",
                    "Max",
                    "延长天数不得超过" + rule.maxExtensionDays() + rule.unit().label() + "（" + rule.legalBasis() + "）"));
        }
        if (blank(extension.approvedBy())) {
            problems.add(new FieldProblem("approvedBy", "NotBlank", "请填写批准人"));
        }
        if (extension.approvedOn() == null) {
            problems.add(new FieldProblem("approvedOn", "NotNull", "请填写批准日期"));
        }
        if (blank(extension.reason())) {
            problems.add(new FieldProblem("reason", "NotBlank", "请填写延期理由"));
        }
        if (rule.maxExtensions() == 0) {
            throw new ConflictException("EXTENSION_NOT_ALLOWED", title() + "依" + rule.legalBasis() + "不得延长");
        }
        if (extensions.size() >= rule.maxExtensions()) {
            // how many times is local practice configured with the rule, not an article: the law limits the length
            // (条例 §17: 30 working days; 调解仲裁法 §43: 15 days), so no article is cited for "only once"
            Extension last = extensions.get(extensions.size() - 1);
            throw new ConflictException(
                    "EXTENSION_LIMIT",
                    title() + "已于" + last.approvedOn() + "经" + last.approvedBy() + "批准延长" + last.days()
                            + rule.unit().label() + "；按本地延期规则只能延长" + rule.maxExtensions() + "次，不能再次延长");
        }
        if (extension.approvedOn() != null
                && dueDate != null
                && extension.approvedOn().isAfter(dueDate)) {
            // an expired period cannot be extended: the approval must come on or before the due date
            throw new ConflictException(
                    "EXTENSION_EXPIRED",
                    title() + "已于" + dueDate + "届满，" + extension.approvedOn() + "批准的延期无效：期限届满后不能延长，" + "延期须在届满之日或之前批准");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int used = extensions.stream().mapToInt(Extension::days).sum();
        if (used + extension.days() > rule.maxExtensionDays()) {
            throw new ConflictException(
                    "EXTENSION_LIMIT",
                    title() + "已延长" + used + rule.unit().label() + "，再延长" + extension.days()
                            + rule.unit().label() + "将超过" + rule.legalBasis() + "允许的" + rule.maxExtensionDays()
                            + rule.unit().label());
        }
        Extension granted = new Extension(
                extension.days(),
                extension.approvedBy().strip(),
                extension.approvedOn(),
                extension.reason().strip());
        extensions.add(granted);
        return granted;
    }

    // 办案规则 §46: time under suspension (中止) does not count.
    Pause pause(LocalDate from, String reason) {
        requireOpen();
        if (!rule.pausable()) {
            throw new ConflictException("PAUSE_NOT_ALLOWED", title() + "依" + rule.legalBasis() + "不适用中止");
        }
        Optional<Pause> open = openPause();
        if (open.isPresent()) {
            throw new ConflictException(
                    "ALREADY_PAUSED", title() + "已于" + open.get().from() + "中止，尚未恢复");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "NotNull", "请填写中止日期"));
        } else if (from.isBefore(start)) {
            problems.add(new FieldProblem("from", "AfterStart", "中止日期不得早于起算日" + start));
        } else if (!pauses.isEmpty()
                && from.isBefore(pauses.get(pauses.size() - 1).resumedOn())) {
            problems.add(new FieldProblem(
                    "from",
                    "AfterLastPause",
                    "中止日期不得早于上次恢复日期" + pauses.get(pauses.size() - 1).resumedOn()));
        }
        if (blank(reason)) {
            problems.add(new FieldProblem("reason", "NotBlank", "请填写中止理由"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Pause pause = new Pause(from, null, reason.strip());
        pauses.add(pause);
        return pause;
    }

    Pause resume(LocalDate on) {
        requireOpen();
        Pause open = openPause().orElseThrow(() -> new ConflictException("NOT_PAUSED", title() + "未处于中止状态，无需恢复"));
        if (on == null) {
            throw new InvalidInputException("resumedOn", "NotNull", "请填写恢复日期");
        }
        if (on.isBefore(open.from())) {
            throw new InvalidInputException("resumedOn", "AfterPause", "恢复日期不得早于中止日期" + open.from());
        }
        Pause closed = new Pause(open.from(), on, open.reason());
        pauses.set(pauses.size() - 1, closed);
        return closed;
    }

    // 办案规则 §46: joinder, added or changed claims, counter-claim merger or transfer restart the 45 days; 补正 restarts
    // the acceptance period (the application counts as received on the day it is completed, §46(二)).
    Restart restart(LocalDate newStart, String reason) {
        requireOpen();
        if (!rule.restartable()) {
            throw new ConflictException("RESTART_NOT_ALLOWED", title() + "依" + rule.legalBasis() + "不适用重新计算");
        }
        if (isPaused()) {
            throw new ConflictException("PAUSED", title() + "处于中止状态，请先恢复再重新计算");
        }
        if (!blank(reason) && !rule.restartsFor(reason)) {
            throw new ConflictException(
                    "RESTART_GROUND",
                    title() + "只因" + String.join("、", rule.restartGrounds()) + "重新计算（" + rule.restartBasis() + "），理由「"
                            + reason.strip() + "」不在其列");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (newStart == null) {
            problems.add(new FieldProblem("newStart", "NotNull", "请填写重新起算日期"));
        } else if (newStart.isBefore(start)) {
            problems.add(new FieldProblem("newStart", "AfterStart", "重新起算日期不得早于当前起算日" + start));
        }
        if (blank(reason)) {
            problems.add(new FieldProblem("reason", "NotBlank", "请填写重新计算的理由"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Restart restart = new Restart(start, newStart, reason.strip());
        restarts.add(restart);
        start = newStart;
        return restart;
    }

    void close(LocalDate on) {
        requireOpen();
        if (on == null) {
            throw new InvalidInputException("closedOn", "NotNull", "请填写结束日期");
        }
        if (on.isBefore(originalStart)) {
            throw new InvalidInputException("closedOn", "AfterStart", "结束日期不得早于起算日" + originalStart);
        }
        closedOn = on;
    }

    void link(String processInstanceId, Set<String> elementIds) {
        requireOpen();
        if (blank(processInstanceId)) {
            throw new InvalidInputException("processInstanceId", "NotBlank", "请指定流程实例");
        }
        if (this.processInstanceId != null && !this.processInstanceId.equals(processInstanceId)) {
            throw new ConflictException("ALREADY_LINKED", title() + "已关联流程实例 " + this.processInstanceId + "，不能再关联其他流程");
        }
        this.processInstanceId = processInstanceId;
        elements.addAll(elementIds);
    }

    ComputedPeriod compute(PeriodCalculator calendar) {
        return calendar.compute(start, totalDays(), rule.unit(), pauses);
    }

    /** While paused: the period as if counting resumed on {@code day} (for timers that must have some date). */
    ComputedPeriod projectResumingOn(LocalDate day, PeriodCalculator calendar) {
        List<Pause> closed = pauses.stream()
                .map(p -> p.isOpen() ? new Pause(p.from(), day.isBefore(p.from()) ? p.from() : day, p.reason()) : p)
                .toList();
        return calendar.compute(start, totalDays(), rule.unit(), closed);
    }

    /** Takes the recomputed result; tells whether the due date changed (so tasks and timers must follow). */
    boolean apply(ComputedPeriod period) {
        boolean moved = !java.util.Objects.equals(dueDate, period.dueDate());
        dueDate = period.dueDate();
        provisional = period.provisional();
        return moved;
    }

    DeadlineStatus status(LocalDate today, PeriodCalculator calendar, int dueSoonWorkingDays) {
        if (closedOn != null) {
            return DeadlineStatus.CLOSED;
        }
        if (isPaused() || dueDate == null) {
            return DeadlineStatus.PAUSED;
        }
        if (today.isAfter(dueDate)) {
            return DeadlineStatus.OVERDUE;
        }
        return calendar.workingDaysBetween(today, dueDate) <= dueSoonWorkingDays
                ? DeadlineStatus.DUE_SOON
                : DeadlineStatus.ON_TRACK;
    }

    DeadlineView view(ComputedPeriod period, LocalDate today, PeriodCalculator calendar, int dueSoonWorkingDays) {
        DeadlineStatus status = status(today, calendar, dueSoonWorkingDays);
        Integer daysLeft = status == DeadlineStatus.CLOSED || dueDate == null
                ? null
                : (int) ChronoUnit.DAYS.between(today, dueDate);
        return new DeadlineView(
                new DeadlineId(id),
                rule.code(),
                rule.name(),
                rule.legalBasis(),
                rule.unit(),
                rule.length(),
                rule.maxExtensions(),
                rule.maxExtensionDays(),
                originalStart,
                start,
                owner,
                processInstanceId,
                Set.copyOf(elements),
                List.copyOf(extensions),
                List.copyOf(pauses),
                List.copyOf(restarts),
                dueDate,
                daysLeft,
                status,
                provisional,
                closedOn,
                period.explanation(),
                version);
    }

    /** e.g. "「仲裁裁决」期限". */
    String title() {
        return "「" + rule.name() + "」期限";
    }

    int totalDays() {
        return rule.length() + extensions.stream().mapToInt(Extension::days).sum();
    }

    boolean isPaused() {
        return openPause().isPresent();
    }

    Optional<Pause> openPause() {
        return pauses.isEmpty() || !pauses.get(pauses.size() - 1).isOpen()
                ? Optional.empty()
                : Optional.of(pauses.get(pauses.size() - 1));
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new ConflictException("DEADLINE_CLOSED", title() + "已于" + closedOn + "结束，不能再变更");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    Long id() {
        return id;
    }

    DeadlineRule rule() {
        return rule;
    }

    LocalDate originalStart() {
        return originalStart;
    }

    LocalDate start() {
        return start;
    }

    DeadlineOwner owner() {
        return owner;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    Set<String> elements() {
        return Set.copyOf(elements);
    }

    LocalDate closedOn() {
        return closedOn;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    boolean provisional() {
        return provisional;
    }

    int version() {
        return version;
    }

    /** The row was updated: its version moved on. */
    void written() {
        version++;
    }
}
