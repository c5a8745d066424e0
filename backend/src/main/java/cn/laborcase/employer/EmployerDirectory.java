package cn.laborcase.employer;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseNames;
import cn.laborcase.employer.persistence.EmployerCriteria;
import cn.laborcase.employer.persistence.EmployerGradeMapper;
import cn.laborcase.employer.persistence.EmployerListRow;
import cn.laborcase.employer.persistence.EmployerMapper;
import cn.laborcase.employer.persistence.EmployerRiskMapper;
import cn.laborcase.employer.persistence.EmployerStateRow;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CaseCriteria;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ExportLimit;
import cn.laborcase.shared.LikePattern;
import cn.laborcase.shared.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as its users read it (用人单位名录): the list of the user's scope with its search, sort and export, and
 * the employer's page with the sections other modules fill.
 */
@Service
public class EmployerDirectory {

    static final String EXPORT_NAME = "用人单位名录";
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-Z]{18}");
    private static final int SECTION_LINES = 20;

    private final EmployerMapper employers;
    private final EmployerGradeMapper grades;
    private final EmployerRiskMapper risks;
    private final EmployerAccess access;
    private final DataScope dataScope;
    private final ExportLimit exportLimit;
    private final AuditJournal audit;
    private final OrganizationNames names;
    private final CaseNames caseNames;
    private final List<EmployerRecordSource> sources;

    EmployerDirectory(
            EmployerMapper employers,
            EmployerGradeMapper grades,
            EmployerRiskMapper risks,
            EmployerAccess access,
            DataScope dataScope,
            ExportLimit exportLimit,
            AuditJournal audit,
            OrganizationNames names,
            CaseNames caseNames,
            List<EmployerRecordSource> sources) {
        this.employers = employers;
        this.grades = grades;
        this.risks = risks;
        this.access = access;
        this.dataScope = dataScope;
        this.exportLimit = exportLimit;
        this.audit = audit;
        this.names = names;
        this.caseNames = caseNames;
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(EmployerRecordSource::order))
                .toList();
    }

    /** The employer for a user who may see it, without its page's sections; 404 otherwise. */
    @Transactional(readOnly = true)
    public EmployerView visible(CurrentUser user, String creditCode) {
        return access.visible(user, creditCode);
    }

    /** The same by id; 404 outside the user's scope. */
    @Transactional(readOnly = true)
    public EmployerView visible(CurrentUser user, long id) {
        return access.visible(user, id);
    }

    @Transactional(readOnly = true)
    public Page<EmployerSummary> page(CurrentUser user, EmployerFilter filter) {
        EmployerCriteria criteria = criteria(user, filter);
        List<EmployerSummary> items = employers.search(criteria).stream()
                .map(EmployerDirectory::summary)
                .toList();
        return new Page<>(
                items,
                employers.countSearch(criteria),
                filter.list().page().page(),
                filter.list().size());
    }

    /** Every row of the search in the list's order, for an export: refused above the export limit, journalled. */
    @Transactional
    public List<EmployerSummary> export(CurrentUser user, EmployerFilter filter) {
        long total = employers.countSearch(criteria(user, filter));
        exportLimit.check(total);
        List<EmployerSummary> rows = employers.search(criteria(user, filter.all((int) total))).stream()
                .map(EmployerDirectory::summary)
                .toList();
        audit.recordExport(
                EXPORT_NAME,
                filter.describe(filter.gridCode() == null ? null : names.grid(filter.gridCode())),
                rows.size());
        return rows;
    }

    /** The employer's page; 404 outside the user's scope. */
    @Transactional(readOnly = true)
    public EmployerDetail detail(CurrentUser user, String creditCode) {
        EmployerView e = access.visible(user, creditCode);
        EmployerStateRow state = employers.findState(e.id()).orElseThrow();
        List<EmployerDetail.Site> sites = employers.sites(e.id()).stream()
                .map(s -> new EmployerDetail.Site("SITE".equals(s.kind()) ? "工地" : "经营场所", s.address()))
                .toList();
        List<EmployerDetail.GradeChange> history = grades.ofEmployer(e.id()).stream()
                .map(g -> new EmployerDetail.GradeChange(
                        g.id(),
                        Grade.labelOf(g.fromGrade()),
                        Grade.labelOf(g.toGrade()),
                        g.gradeYear(),
                        g.reason(),
                        source(g.sourceType(), g.sourceId()),
                        g.blacklist(),
                        switch (g.state()) {
                            case "CONFIRMED" -> "已确认";
                            case "REJECTED" -> "未予确认";
                            default -> "待确认";
                        },
                        "PROPOSED".equals(g.state()),
                        staff(g.proposedBy()),
                        g.proposedAt(),
                        staff(g.decidedBy()),
                        g.decidedAt()))
                .toList();
        List<EmployerDetail.BlacklistEntry> listed = grades.blacklistOf(e.id()).stream()
                .map(b -> new EmployerDetail.BlacklistEntry(
                        b.reason(),
                        source(b.sourceType(), b.sourceId()),
                        b.listedOn(),
                        b.listedUntil(),
                        staff(b.confirmedBy())))
                .toList();
        List<EmployerDetail.Signal> signals = risks.recent(e.id(), 50).stream()
                .map(s -> new EmployerDetail.Signal(
                        RiskSignal.valueOf(s.kind()).label(),
                        s.detail(),
                        source(s.sourceType(), s.sourceId()),
                        staff(s.reportedBy()),
                        s.reportedAt(),
                        s.closedAt() == null))
                .toList();
        List<EmployerDetail.Section> sections = sources.stream()
                .map(s -> new EmployerDetail.Section(s.title(), s.recordsOf(e.id(), user, SECTION_LINES)))
                .toList();
        return new EmployerDetail(
                e,
                state.version(),
                RiskLevel.valueOf(state.riskLevel()),
                state.watchReason(),
                sites,
                history,
                listed,
                signals,
                sections,
                new EmployerDetail.Rights(
                        access.canEdit(user, e),
                        access.canMove(user),
                        access.canReportRisk(user, e),
                        access.canDecideGrades(user, e.officeCode()),
                        // 巡视回避 (patrol module's page): an inspector for himself, the office's leader for one of his
                        user.has(Role.INSPECTOR) || access.canDecideGrades(user, e.officeCode())));
    }

    /** The employer for its edit form, with the row's version; 404 outside the scope, 403 without the right. */
    @Transactional(readOnly = true)
    public EmployerDetail editable(CurrentUser user, String creditCode) {
        access.editable(user, creditCode);
        return detail(user, creditCode);
    }

    private String source(String type, Long id) {
        if (type == null || id == null) {
            return null;
        }
        return CaseType.of(type).map(t -> caseNames.label(CaseRef.of(t, id))).orElse(null);
    }

    private String staff(String username) {
        return username == null ? null : names.staff(username);
    }

    private EmployerCriteria criteria(CurrentUser user, EmployerFilter filter) {
        CaseCriteria scope = dataScope.cases(user);
        String q = filter.q();
        String upper = q == null ? null : q.toUpperCase(Locale.ROOT);
        boolean byCode = upper != null && CREDIT_CODE.matcher(upper).matches();
        return new EmployerCriteria(
                scope.everything(),
                List.copyOf(scope.officeCodes()),
                List.copyOf(scope.gridCodes()),
                byCode ? null : LikePattern.contains(EmployerSearchKey.of(q)),
                byCode ? null : LikePattern.contains(q),
                byCode ? upper : null,
                LikePattern.contains(filter.representative()),
                filter.gridCode(),
                filter.grade() == null ? null : filter.grade().name(),
                filter.watchList(),
                filter.riskLevel() == null ? null : filter.riskLevel().name(),
                filter.list().sort(),
                filter.list().descending(),
                filter.list().offset(),
                filter.list().size());
    }

    private static EmployerSummary summary(EmployerListRow r) {
        return new EmployerSummary(
                r.id(),
                r.creditCode(),
                r.name(),
                r.gridName(),
                r.officeName(),
                r.address(),
                r.legalRepresentative(),
                r.industry(),
                r.employeeCount(),
                Grade.of(r.integrityGrade()).orElse(null),
                r.watchList(),
                RiskLevel.valueOf(r.riskLevel()));
    }
}
