package cn.laborcase.intake;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.intake.persistence.ComplaintCriteria;
import cn.laborcase.intake.persistence.ComplaintListRow;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.security.CaseCriteria;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.DateRange;
import cn.laborcase.shared.ExportLimit;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.LikePattern;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.PersonalData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The complaint list of the user's scope, with its filters, and the lookup of a worker's complaints by his ID-card
 * number ("what happened to my complaints?"): only those he is a complainant of (that he reported something stays
 * confidential), masked like every list, each lookup audited.
 */
@Component
class ComplaintList {

    private final ComplaintMapper mapper;
    private final Deadlines deadlines;
    private final DataScope dataScope;
    private final AuditJournal audit;
    private final Clock clock;
    private final ExportLimit exportLimit;
    private final OrganizationNames names;

    ComplaintList(
            ComplaintMapper mapper,
            Deadlines deadlines,
            DataScope dataScope,
            AuditJournal audit,
            Clock clock,
            ExportLimit exportLimit,
            OrganizationNames names) {
        this.exportLimit = exportLimit;
        this.names = names;
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.dataScope = dataScope;
        this.audit = audit;
        this.clock = clock;
    }

    Page<ComplaintSummary> page(CurrentUser user, ComplaintFilter filter) {
        String idNumber = idNumberOf(filter);
        ComplaintCriteria criteria = criteria(user, filter, idNumber, null);
        List<ComplaintSummary> items =
                mapper.search(criteria).stream().map(this::summary).toList();
        long total = mapper.count(criteria);
        if (idNumber != null) {
            auditLookup(user, idNumber, total);
        }
        return new Page<>(items, total, filter.page(), filter.size());
    }

    /**
     * Every row of the search, in the list's order, for an export: refused (400) above the export limit, audited (who,
     * the criteria, how many rows). Masked as the list is.
     */
    List<ComplaintSummary> export(CurrentUser user, ComplaintFilter filter) {
        String idNumber = idNumberOf(filter);
        ComplaintCriteria counted = criteria(user, filter, idNumber, null);
        long total = mapper.count(counted);
        exportLimit.check(total);
        List<ComplaintSummary> rows = mapper.search(criteria(user, filter.all((int) total), idNumber, null)).stream()
                .map(this::summary)
                .toList();
        if (idNumber != null) {
            auditLookup(user, idNumber, total);
        }
        audit.recordExport(EXPORT_NAME, filter.describe(), rows.size());
        return rows;
    }

    static final String EXPORT_NAME = "举报投诉";

    private String idNumberOf(ComplaintFilter filter) {
        String idNumber = filter.idNumber() == null ? null : IdCardNumber.normalize(filter.idNumber());
        if (idNumber != null) {
            IdCardNumber.problemOf(idNumber, BeijingTime.today(clock)).ifPresent(problem -> {
                throw new InvalidInputException(List.of(new FieldProblem("idNumber", "IdCardNumber", problem)));
            });
        }
        return idNumber;
    }

    private void auditLookup(CurrentUser user, String idNumber, long total) {
        audit.recordAs(
                user.username(),
                "LOOKUP_ID_NUMBER",
                ComplaintRegistration.TARGET,
                "-",
                user.displayName() + " 按身份证号码 " + PersonalData.idNumber(idNumber) + " 查询投诉（" + total + " 件）",
                null,
                null);
    }

    private ComplaintCriteria criteria(CurrentUser user, ComplaintFilter filter, String idNumber, Long employerId) {
        CaseCriteria scope = dataScope.cases(user);
        DateRange received = DateRange.of(filter.receivedFrom(), filter.receivedTo(), "receivedTo", "收到日期");
        String employer = filter.employer();
        String creditCode = employer != null
                        && CREDIT_CODE
                                .matcher(employer.toUpperCase(Locale.ROOT))
                                .matches()
                ? employer.toUpperCase(Locale.ROOT)
                : null;
        String party = filter.party();
        String phone = party == null ? null : party.replaceAll("[\\s-]", "");
        boolean byPhone = phone != null && PHONE.matcher(phone).matches();
        return new ComplaintCriteria(
                scope.everything(),
                List.copyOf(scope.officeCodes()),
                List.copyOf(scope.gridCodes()),
                scope.participant(),
                filter.status() == null ? null : filter.status().name(),
                filter.category() == null ? null : filter.category().name(),
                employerId,
                idNumber,
                LikePattern.contains(filter.number()),
                creditCode == null ? LikePattern.contains(employer) : null,
                creditCode,
                byPhone ? null : LikePattern.contains(party),
                byPhone ? phone : null,
                received.start(),
                received.end(),
                filter.list().sort(),
                filter.list().descending(),
                filter.list().offset(),
                filter.list().size());
    }

    /** 统一社会信用代码: 18 characters of digits and capitals (the check character is the registry's business). */
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-Z]{18}");

    /** A whole phone number (digits only, 7 or more): searched exactly, never by a part. */
    private static final Pattern PHONE = Pattern.compile("\\d{7,20}");

    /** Earlier complaints against the same employer that the user may see, for the complaint page. */
    List<ComplaintSummary> ofEmployer(CurrentUser user, long employerId, long except) {
        return mapper.search(criteria(user, new ComplaintFilter(null, null, 0, 20), null, employerId)).stream()
                .filter(r -> r.id() != except)
                .map(this::summary)
                .toList();
    }

    private ComplaintSummary summary(ComplaintListRow r) {
        ComplaintStatus status = ComplaintStatus.valueOf(r.status());
        LocalDate due =
                status.awaitsDecision() && status != ComplaintStatus.AWAITING_CORRECTION && r.deadlineId() != null
                        ? deadlines.get(new DeadlineId(r.deadlineId())).dueDate()
                        : null;
        return new ComplaintSummary(
                r.id(),
                r.number(),
                ComplaintKind.valueOf(r.kind()),
                ComplaintCategory.valueOf(r.category()),
                status,
                r.route() == null ? null : Route.valueOf(r.route()),
                r.officeCode(),
                r.gridCode(),
                names.office(r.officeCode()),
                names.grid(r.gridCode()),
                r.employerName(),
                people(r),
                r.receivedAt(),
                due);
    }

    /** Lists never show a reporter: complainants masked, a report's reporters as "（保密）". */
    private static String people(ComplaintListRow r) {
        if (r.complainants() > 0) {
            return PersonalData.name(r.firstComplainant())
                    + (r.complainants() > 1 ? " 等 " + r.complainants() + " 人" : "");
        }
        return r.reporters() > 0 ? "（保密）" : "匿名";
    }
}
