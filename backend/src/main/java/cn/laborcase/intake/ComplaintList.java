package cn.laborcase.intake;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.intake.persistence.ComplaintCriteria;
import cn.laborcase.intake.persistence.ComplaintListRow;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.security.CaseCriteria;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.Page;
import cn.laborcase.shared.PersonalData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    ComplaintList(ComplaintMapper mapper, Deadlines deadlines, DataScope dataScope, AuditJournal audit, Clock clock) {
        this.mapper = mapper;
        this.deadlines = deadlines;
        this.dataScope = dataScope;
        this.audit = audit;
        this.clock = clock;
    }

    Page<ComplaintSummary> page(CurrentUser user, ComplaintFilter filter) {
        String idNumber = filter.idNumber() == null ? null : IdCardNumber.normalize(filter.idNumber());
        if (idNumber != null) {
            IdCardNumber.problemOf(idNumber, BeijingTime.today(clock)).ifPresent(problem -> {
                throw new InvalidInputException(List.of(new FieldProblem("idNumber", "IdCardNumber", problem)));
            });
        }
        CaseCriteria scope = dataScope.cases(user);
        ComplaintCriteria criteria = new ComplaintCriteria(
                scope.everything(),
                List.copyOf(scope.officeCodes()),
                List.copyOf(scope.gridCodes()),
                scope.participant(),
                filter.status() == null ? null : filter.status().name(),
                filter.category() == null ? null : filter.category().name(),
                null,
                idNumber,
                filter.page() * filter.size(),
                filter.size());
        List<ComplaintSummary> items =
                mapper.search(criteria).stream().map(this::summary).toList();
        long total = mapper.count(criteria);
        if (idNumber != null) {
            audit.recordAs(
                    user.username(),
                    "LOOKUP_ID_NUMBER",
                    ComplaintRegistration.TARGET,
                    "-",
                    user.displayName() + " 按身份证号码 " + PersonalData.idNumber(idNumber) + " 查询投诉（" + total + " 件）",
                    null,
                    null);
        }
        return new Page<>(items, total, filter.page(), filter.size());
    }

    /** Earlier complaints against the same employer that the user may see, for the complaint page. */
    List<ComplaintSummary> ofEmployer(CurrentUser user, long employerId, long except) {
        CaseCriteria scope = dataScope.cases(user);
        return mapper
                .search(new ComplaintCriteria(
                        scope.everything(),
                        List.copyOf(scope.officeCodes()),
                        List.copyOf(scope.gridCodes()),
                        scope.participant(),
                        null,
                        null,
                        employerId,
                        null,
                        0,
                        20))
                .stream()
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
