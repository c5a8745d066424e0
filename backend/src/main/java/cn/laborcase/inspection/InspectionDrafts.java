package cn.laborcase.inspection;

import static cn.laborcase.inspection.process.InspectionCaseProcess.*;

import cn.laborcase.calendar.DaysLeft;
import cn.laborcase.calendar.PeriodUnit;
import cn.laborcase.calendar.WorkingCalendar;
import cn.laborcase.calendar.WorkingDays;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.PdfFile;
import cn.laborcase.inspection.process.InspectionTasks;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.NotFoundException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts leaders read before approving: for each approval task of the case that is open, the document the
 * decision will issue (立案审批表, 撤销立案审批表, 结案审批表, 行政处罚决定书, 涉嫌犯罪案件移送书, 延期审批表), rendered now
 * without a number and marked 草稿 by the documents module, stored nowhere. Everyone who may see the case may read them
 * (404 otherwise); a draft of a step that is not waiting is not found either.
 */
@Service
public class InspectionDrafts {

    /** A draft a leader can open, by its task. */
    public enum Kind {
        FILING("filing", APPROVE_FILING, InspectionDocumentTypes.FILING_APPROVAL, "立案审批表"),
        WITHDRAWAL("withdrawal", APPROVE_WITHDRAWAL, InspectionDocumentTypes.WITHDRAWAL_APPROVAL, "撤销立案审批表"),
        CLOSING("closing", APPROVE_CLOSING, InspectionDocumentTypes.CLOSING_APPROVAL, "结案审批表"),
        PENALTY("penalty", DECIDE_PENALTY, InspectionDocumentTypes.PENALTY_DECISION, "行政处罚决定书"),
        CRIMINAL("criminal", DECIDE_CRIMINAL_TRANSFER, InspectionDocumentTypes.CRIMINAL_TRANSFER, "涉嫌犯罪案件移送书"),
        EXTENSION("extension", APPROVE_EXTENSION, InspectionDocumentTypes.EXTENSION_APPROVAL, "延期审批表");

        private final String path;
        private final String taskKey;
        private final String type;
        private final String label;

        Kind(String path, String taskKey, String type, String label) {
            this.path = path;
            this.taskKey = taskKey;
            this.type = type;
            this.label = label;
        }

        public String path() {
            return path;
        }

        public String label() {
            return label;
        }

        static Optional<Kind> of(String path) {
            return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
        }
    }

    /** A draft offered next to the case summary: its name and where to open it. */
    public record DraftLink(String kind, String name, String href) {}

    private final InspectionCases cases;
    private final InspectionDocuments documents;
    private final InspectionTasks tasks;
    private final WorkingCalendar calendar;
    private final WorkingDays workingDays;
    private final CaseTimeline timeline;

    InspectionDrafts(
            InspectionCases cases,
            InspectionDocuments documents,
            InspectionTasks tasks,
            WorkingCalendar calendar,
            WorkingDays workingDays,
            CaseTimeline timeline) {
        this.cases = cases;
        this.documents = documents;
        this.tasks = tasks;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.timeline = timeline;
    }

    /** The drafts of the case's open approval tasks (the caller has read the case within the user's scope). */
    @Transactional(readOnly = true)
    public List<DraftLink> pending(long caseId) {
        InspectionCase c = cases.get(caseId);
        Set<String> open = tasks.openTaskKeys(c.processInstanceId());
        return Arrays.stream(Kind.values())
                .filter(k -> open.contains(k.taskKey))
                .map(k -> new DraftLink(k.path, k.label + "（草稿）", "/inspection-cases/" + caseId + "/drafts/" + k.path))
                .toList();
    }

    /** Working days left of the case's period; null before 立案 and once it ended. */
    @Transactional(readOnly = true)
    public DaysLeft daysLeft(long caseId) {
        InspectionCase c = cases.get(caseId);
        return c.dueDate() == null || !c.status().open()
                ? null
                : workingDays.counter().until(c.dueDate());
    }

    /**
     * The draft PDF of {@code kind} for the case: 404 when the user may not see the case, when there is no such
     * kind, or when its approval is not waiting.
     */
    @Transactional(readOnly = true)
    public PdfFile draft(CurrentUser user, long caseId, String kind) {
        InspectionCase c = cases.get(user, caseId);
        Kind k = Kind.of(kind).orElseThrow(() -> new NotFoundException("文书草稿", kind));
        if (!tasks.openTaskKeys(c.processInstanceId()).contains(k.taskKey)) {
            throw new NotFoundException("文书草稿", kind);
        }
        Map<String, String> extra = new LinkedHashMap<>();
        if (k == Kind.EXTENSION) {
            Object reason = tasks.variable(c.processInstanceId(), EXTENSION_REASON);
            Object by = tasks.variable(c.processInstanceId(), EXTENSION_REQUESTED_BY);
            extra.put("reason", reason == null ? "—" : reason.toString());
            if (by != null) {
                extra.put("proposedBy", timeline.nameOf(by.toString()));
            }
            extra.put("originalDue", c.dueDate().toString());
            extra.put(
                    "newDue",
                    calendar.dueDate(c.dueDate(), EXTENSION_DAYS, PeriodUnit.WORKING_DAYS)
                            .dueDate()
                            .toString());
        }
        return documents.draft(caseId, k.type, extra);
    }

    private static final int EXTENSION_DAYS = 30;
}
