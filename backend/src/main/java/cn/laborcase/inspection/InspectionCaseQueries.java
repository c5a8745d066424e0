package cn.laborcase.inspection;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DaysLeft;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.WorkingDays;
import cn.laborcase.cases.Attachments;
import cn.laborcase.cases.Attachments.Attachment;
import cn.laborcase.cases.Attachments.AttachmentOwner;
import cn.laborcase.cases.CaseTask;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.Documents;
import cn.laborcase.inspection.persistence.InspectionCaseQueryMapper;
import cn.laborcase.inspection.persistence.InspectionCaseQueryMapper.CaseRow;
import cn.laborcase.inspection.persistence.InspectionCaseQueryMapper.InspectorRow;
import cn.laborcase.inspection.persistence.InspectionCaseQueryMapper.ListCriteria;
import cn.laborcase.inspection.persistence.InspectionCaseQueryMapper.ListRow;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.security.CaseCriteria;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.DateRange;
import cn.laborcase.shared.ExportLimit;
import cn.laborcase.shared.LikePattern;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.PersonalData;
import cn.laborcase.workflow.TaskInbox;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the inspection case (监察案件): the case page and API, the list with its export, the home panels'
 * lists and the employer page's section. Every read applies {@code DataScope}: a case the user may not see is "not
 * found" (404), never "forbidden", so that he does not learn that it exists; lists apply the same rule in SQL.
 */
@Service
public class InspectionCaseQueries {

    /** The list's name in the audit journal of an export. */
    public static final String EXPORT_NAME = "监察案件";

    private final InspectionCaseQueryMapper mapper;
    private final DataScope dataScope;
    private final Deadlines deadlines;
    private final WorkingDays workingDays;
    private final Documents documents;
    private final CaseTimeline timeline;
    private final TaskInbox tasks;
    private final OrganizationNames names;
    private final ExportLimit exportLimit;
    private final AuditJournal audit;
    private final Attachments attachments;

    InspectionCaseQueries(
            InspectionCaseQueryMapper mapper,
            DataScope dataScope,
            Deadlines deadlines,
            WorkingDays workingDays,
            Documents documents,
            CaseTimeline timeline,
            TaskInbox tasks,
            OrganizationNames names,
            ExportLimit exportLimit,
            AuditJournal audit,
            Attachments attachments) {
        this.mapper = mapper;
        this.dataScope = dataScope;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.documents = documents;
        this.timeline = timeline;
        this.tasks = tasks;
        this.names = names;
        this.exportLimit = exportLimit;
        this.audit = audit;
        this.attachments = attachments;
    }

    /** The case, if the user may see it; 404 otherwise. */
    @Transactional(readOnly = true)
    public InspectionCaseView get(CurrentUser user, long id) {
        CaseRow row = mapper.findCase(id).orElseThrow(() -> new NotFoundException("监察案件", id));
        List<InspectorRow> inspectors = mapper.inspectors(id);
        if (!dataScope.canSee(user, scope(row, inspectors))) {
            throw new NotFoundException("监察案件", id);
        }
        var ref = cn.laborcase.shared.CaseRef.of(CaseType.INSPECTION_CASE, id);
        List<DeadlineView> caseDeadlines = deadlines.forOwner(new DeadlineOwner(ref)).stream()
                .sorted(Comparator.comparing(d -> d.id().value()))
                .toList();
        List<CaseTask> open = row.processInstanceId() == null
                ? List.of()
                : tasks.openTasks(row.processInstanceId()).stream()
                        .map(CaseTask::of)
                        .toList();
        List<Attachment> evidence = attachments.of(owner(id));
        WorkingDays.Counter counter = workingDays.counter();
        DaysLeft left = InspectionCaseLabels.ended(row.status()) ? null : counter.until(row.dueDate());
        java.util.Map<Long, DaysLeft> deadlineDaysLeft = new java.util.HashMap<>();
        for (DeadlineView d : caseDeadlines) {
            if (d.daysLeft() != null && d.dueDate() != null) {
                deadlineDaysLeft.put(d.id().value(), counter.until(d.dueDate()));
            }
        }
        return new InspectionCaseView(
                row.id(),
                row.caseNumber(),
                row.officeCode(),
                names.office(row.officeCode()),
                row.gridCode(),
                names.grid(row.gridCode()),
                new InspectionCaseView.Origin(
                        row.origin(),
                        InspectionCaseLabels.origin(row.origin()),
                        originDetail(row),
                        mapper.complaints(id).stream()
                                .map(c -> new InspectionCaseView.LinkedComplaint(c.complaintId(), c.complaintNumber()))
                                .toList()),
                new InspectionCaseView.Employer(
                        row.employerId(),
                        row.employerName(),
                        row.creditCode(),
                        row.employerAddress(),
                        row.legalRepresentative()),
                row.status(),
                InspectionCaseLabels.status(row.status()),
                row.outcome(),
                InspectionCaseLabels.outcome(row.outcome()),
                row.facts(),
                row.amountOwed(),
                row.workersAffected(),
                staff(row.proposedBy()),
                row.openedAt(),
                row.filedOn(),
                staff(row.filedBy()),
                row.dueDate(),
                row.extended(),
                left,
                row.closedOn(),
                staff(row.closedBy()),
                inspectors.stream()
                        .map(i -> new InspectionCaseView.Inspector(
                                names.staff(i.username()),
                                i.lead(),
                                i.declaredAt() != null,
                                i.declaredAt(),
                                i.recusalRequestedAt() != null,
                                i.recusalReason(),
                                i.recused()))
                        .toList(),
                mapper.workers(id).stream()
                        .map(w -> new InspectionCaseView.Worker(
                                w.name(),
                                PersonalData.idNumber(w.idNumber()),
                                w.amountOwed(),
                                w.periodFrom(),
                                w.periodTo(),
                                w.paid()))
                        .toList(),
                caseDeadlines,
                deadlineDaysLeft,
                documents.listForCase(ref, user),
                timeline.of(ref),
                open,
                evidence,
                row.version());
    }

    /**
     * A file of the case's evidence with its content, if the user may see the case and the file is the case's; 404
     * otherwise (another case's file id is "not found" too).
     */
    @Transactional(readOnly = true)
    public Attachments.AttachmentContent evidence(CurrentUser user, long caseId, long attachmentId) {
        CaseRow row = mapper.findCase(caseId).orElseThrow(() -> new NotFoundException("监察案件", caseId));
        if (!dataScope.canSee(user, scope(row, mapper.inspectors(caseId)))) {
            throw new NotFoundException("监察案件", caseId);
        }
        return attachments
                .content(owner(caseId), attachmentId)
                .orElseThrow(() -> new NotFoundException("证据材料", attachmentId));
    }

    private static AttachmentOwner owner(long caseId) {
        return new AttachmentOwner(CaseType.INSPECTION_CASE.name(), caseId);
    }

    /** One page of the list within the user's scope. */
    @Transactional(readOnly = true)
    public Page<InspectionCaseListItem> page(CurrentUser user, InspectionCaseListFilter filter) {
        ListCriteria criteria = criteria(user, filter, false, null, null);
        return new Page<>(items(mapper.search(criteria)), mapper.count(criteria), filter.page(), filter.size());
    }

    /**
     * Every row of the search, in the list's order, for an export: refused (400) above the export limit, journaled
     * (who, the criteria in words, how many rows).
     */
    @Transactional
    public List<InspectionCaseListItem> export(CurrentUser user, InspectionCaseListFilter filter) {
        long total = mapper.count(criteria(user, filter, false, null, null));
        exportLimit.check(total);
        List<InspectionCaseListItem> rows =
                items(mapper.search(criteria(user, filter.all((int) Math.max(1, total)), false, null, null)));
        audit.recordExport(EXPORT_NAME, filter.describe(names::grid), rows.size());
        return rows;
    }

    /** The open cases the user is an inspector of, overdue first, then fewest days left (我的监察案件). */
    @Transactional(readOnly = true)
    public List<InspectionCaseListItem> mine(CurrentUser user, int limit) {
        return items(
                mapper.search(criteria(user, InspectionCaseListFilter.everything(limit), true, user.username(), null)));
    }

    /**
     * The open cases of the user's scope (a leader: his office and the offices below it), overdue first, then fewest
     * days left, at most {@code limit}; with how many there are in all.
     */
    @Transactional(readOnly = true)
    public Page<InspectionCaseListItem> open(CurrentUser user, int limit) {
        ListCriteria criteria = criteria(user, InspectionCaseListFilter.everything(limit), true, null, null);
        return new Page<>(items(mapper.search(criteria)), mapper.count(criteria), 0, Math.max(1, limit));
    }

    /** The employer's cases the user may see, newest first (the employer page's section). */
    @Transactional(readOnly = true)
    public List<InspectionCaseListItem> ofEmployer(CurrentUser user, long employerId, int limit) {
        InspectionCaseListFilter newest = new InspectionCaseListFilter(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new cn.laborcase.shared.ListRequest(
                        new cn.laborcase.shared.PageRequest(0, Math.max(1, Math.min(limit, 100))), "filedOn", true));
        return items(mapper.search(criteria(user, newest, false, null, employerId)));
    }

    /** The case's number, whoever asks (for names on other screens: the number is not a secret, the case is). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> numbers(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return mapper.numbers(List.copyOf(ids)).stream()
                .collect(Collectors.toMap(
                        InspectionCaseQueryMapper.IdNumber::id, InspectionCaseQueryMapper.IdNumber::number));
    }

    private ListCriteria criteria(
            CurrentUser user, InspectionCaseListFilter filter, boolean openOnly, String inspector, Long employerId) {
        CaseCriteria scope = dataScope.cases(user);
        // validated by the search form already; here for every other caller
        DateRange.of(filter.filedFrom(), filter.filedTo(), "to", "立案日期");
        String employer = filter.employer();
        String creditCode = employer != null
                        && CREDIT_CODE
                                .matcher(employer.toUpperCase(Locale.ROOT))
                                .matches()
                ? employer.toUpperCase(Locale.ROOT)
                : null;
        return new ListCriteria(
                scope.everything(),
                List.copyOf(scope.officeCodes()),
                List.copyOf(scope.gridCodes()),
                scope.participant(),
                filter.status(),
                filter.origin(),
                filter.gridCode(),
                employerId,
                LikePattern.contains(filter.number()),
                creditCode == null ? LikePattern.contains(employer) : null,
                creditCode,
                openOnly,
                inspector,
                filter.filedFrom(),
                filter.filedTo(),
                filter.list().sort(),
                filter.list().descending(),
                filter.list().offset(),
                filter.list().size());
    }

    private List<InspectionCaseListItem> items(List<ListRow> rows) {
        WorkingDays.Counter counter = workingDays.counter();
        return rows.stream()
                .map(r -> new InspectionCaseListItem(
                        r.id(),
                        r.caseNumber(),
                        r.employerName(),
                        InspectionCaseLabels.origin(r.origin()),
                        r.status(),
                        InspectionCaseLabels.status(r.status()),
                        r.officeCode(),
                        names.office(r.officeCode()),
                        r.gridCode(),
                        names.grid(r.gridCode()),
                        r.filedOn(),
                        r.dueDate(),
                        r.extended(),
                        InspectionCaseLabels.ended(r.status()) ? null : counter.until(r.dueDate()),
                        r.leadInspector() == null ? null : names.staff(r.leadInspector()),
                        r.amountOwed(),
                        r.openedAt()))
                .toList();
    }

    /** The case's data scope: its office, its grid, its inspectors (those not recused) as participants. */
    static ScopeTarget scope(CaseRow row, List<InspectorRow> inspectors) {
        Set<String> participants = inspectors.stream()
                .filter(i -> !i.recused())
                .map(InspectorRow::username)
                .collect(Collectors.toSet());
        return new ScopeTarget(row.officeCode(), row.gridCode(), participants);
    }

    /** What the write side wrote about the origin, unless it is only the origin's own label again. */
    private static String originDetail(CaseRow row) {
        String label = row.originLabel();
        if (label == null || label.isBlank() || label.strip().equals(InspectionCaseLabels.origin(row.origin()))) {
            return null;
        }
        return label.strip();
    }

    private String staff(String username) {
        return username == null ? null : names.staff(username);
    }

    /** 统一社会信用代码: 18 characters of digits and capitals (the check character is the registry's business). */
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-Z]{18}");
}
