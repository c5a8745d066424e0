package cn.laborcase.inspection;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.Extension;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.process.InspectionCaseProcess;
import cn.laborcase.inspection.process.InspectionTasks;
import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The period of the case: the one 延期 of 30 working days (条例 §17), requested by an inspector and decided by
 * a 局长, the reminder before its end and the report when it ran out. Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class Extensions {

    private static final PrintableText REASON = PrintableText.multiline("理由", 500);

    private final InspectionCaseStore store;
    private final CaseTimeline timeline;
    private final Deadlines deadlines;
    private final OrganizationDirectory directory;
    private final Notifications notifications;
    private final InspectionTasks tasks;

    Extensions(
            InspectionCaseStore store,
            CaseTimeline timeline,
            Deadlines deadlines,
            OrganizationDirectory directory,
            Notifications notifications,
            InspectionTasks tasks) {
        this.store = store;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.directory = directory;
        this.notifications = notifications;
        this.tasks = tasks;
    }

    /**
     * 延期 granted directly by a 局长 (BUREAU_LEADER; a 科长 may not: 403) who may see the case (404 otherwise): one
     * extension of 30 working days (条例 §17), with a reason, on or before the due date. The pages and the API go
     * through the inspector's request and the 局长's 延期审批 task ({@link #requestExtension}); this direct path is
     * kept for the demo data, which builds its extended case as a 局长 would.
     */
    DeadlineView extend(CurrentUser user, long caseId, String reason) {
        InspectionCase c = store.visibleForUpdate(user, caseId);
        if (!user.has(Role.BUREAU_LEADER)) {
            throw new ForbiddenException("EXTENSION_NEEDS_HEAD", "延长办案期限须经劳动保障行政部门负责人（局长）批准（条例第十七条）");
        }
        String why = extensionReason(reason);
        extensionPossible(c);
        return grantExtension(c, why, user.username());
    }

    /**
     * The case's inspector asks for the one extension of 30 working days (条例 §17) with a reason: the 局长 of the
     * case's office (or of an office above it) gets the task 延期审批. 404 outside the data scope, 403 for someone who is
     * not one of the case's inspectors, 400 without a reason, 409 with the reason when the case is not filed or no
     * longer open, was extended already, its period has run out, or a request is waiting for the 局长.
     */
    void requestExtension(CurrentUser user, long caseId, String reason) {
        InspectionCase c = store.visibleForUpdate(user, caseId);
        if (!store.activeInspectors(caseId).contains(user.username())) {
            throw new ForbiddenException("NOT_CASE_INSPECTOR", "只有本案的承办监察员可以申请延长办案期限");
        }
        String why = extensionReason(reason);
        extensionPossible(c);
        if (tasks.openTaskKeys(c.processInstanceId()).contains(InspectionCaseProcess.APPROVE_EXTENSION)) {
            throw new ConflictException("EXTENSION_PENDING", "监察案件" + c.number() + "已有延期申请等待局长审批，不能重复申请");
        }
        store.step(
                c,
                InspectionStep.EXTENSION_REQUESTED,
                user.username(),
                "申请延长办案期限" + InspectionCases.EXTENSION_WORKING_DAYS + "个工作日（现办案期限 " + c.dueDate() + " 届满），理由：" + why);
        tasks.requestExtension(c.processInstanceId(), why, user.username());
    }

    /**
     * The 局长 approved the request (task 延期审批): 30 working days are added once; on or before the due date only (an
     * expired period cannot be extended: 409 with the reason, the task stays open for a refusal).
     */
    DeadlineView approveExtension(long caseId, String reason, String actor) {
        InspectionCase c = store.lock(caseId);
        extensionPossible(c);
        return grantExtension(c, reason == null ? "—" : reason, actor);
    }

    /** The 局长 refused the request, with his opinion (on the timeline: the inspector sees it). */
    void refuseExtension(long caseId, String opinion, String actor) {
        InspectionCase c = store.lock(caseId);
        store.step(
                c,
                InspectionStep.EXTENSION_REFUSED,
                actor,
                timeline.nameOf(actor) + "不批准延长办案期限，办案期限仍为 " + c.dueDate() + " 届满" + store.suffix(opinion));
    }

    private static String extensionReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "NotBlank", "请填写延期理由");
        }
        REASON.problemOf("reason", reason).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        return reason.strip();
    }

    /** The case can still be extended: filed, open, not extended, within its period (409 naming why not). */
    private void extensionPossible(InspectionCase c) {
        if (c.deadlineId() == null) {
            throw new ConflictException("NOT_FILED", "监察案件" + c.number() + "尚未立案，没有办案期限可以延长");
        }
        if (!c.status().open()) {
            throw new ConflictException(
                    "INSPECTION_CASE_STATE",
                    "监察案件" + c.number() + "当前为“" + c.status().label() + "”，不能延长办案期限");
        }
        if (c.extended()) {
            throw new ConflictException("EXTENSION_LIMIT", "监察案件" + c.number() + "的办案期限已延长过一次，不能再次延长（《劳动保障监察条例》第十七条）");
        }
        if (c.dueDate() != null && store.today().isAfter(c.dueDate())) {
            throw new ConflictException(
                    "EXTENSION_EXPIRED",
                    "监察案件" + c.number() + "的办案期限已于 " + c.dueDate() + " 届满，期限届满后不能延长（《劳动保障监察条例》第十七条）");
        }
    }

    private DeadlineView grantExtension(InspectionCase c, String reason, String actor) {
        String approver = timeline.nameOf(actor);
        DeadlineView current = deadlines.get(new DeadlineId(c.deadlineId()));
        DeadlineView extended = deadlines.extend(
                current.id(),
                current.version(),
                new Extension(InspectionCases.EXTENSION_WORKING_DAYS, approver, store.today(), reason));
        c.extendedTo(extended.dueDate());
        store.save(c);
        store.step(
                c,
                InspectionStep.EXTENDED,
                actor,
                "经" + approver + "批准延长" + InspectionCases.EXTENSION_WORKING_DAYS + "个工作日，办案期限至 " + extended.dueDate()
                        + "，理由：" + reason);
        return extended;
    }

    /** The reminder before the end of the period: the case's inspectors are told. */
    void remind(long caseId) {
        InspectionCase c = store.load(caseId);
        for (String u : store.activeInspectors(caseId)) {
            notifications.notifyStaff(u, "监察案件" + c.number() + "办案期限将于 " + c.dueDate() + " 届满", store.link(c));
        }
        store.step(c, InspectionStep.REMINDED, CaseTimeline.SYSTEM, "办案期限将于 " + c.dueDate() + " 届满，已提醒承办监察员");
    }

    /** The period ran out: the office's leaders are told, the case shows it overdue (its due date has passed). */
    void reportOverdue(long caseId) {
        InspectionCase c = store.load(caseId);
        if (!c.status().open()) {
            return;
        }
        for (Colleague leader : directory.colleagues(List.of(GroupIds.officeLeaders(c.officeCode())), null)) {
            notifications.notifyStaff(
                    leader.username(), "监察案件" + c.number() + "已超过办案期限（" + c.dueDate() + " 届满）", store.link(c));
        }
        store.step(c, InspectionStep.OVERDUE, CaseTimeline.SYSTEM, "办案期限已于 " + c.dueDate() + " 届满，已报告机构领导");
    }
}
