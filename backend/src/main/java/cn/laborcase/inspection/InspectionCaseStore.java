package cn.laborcase.inspection;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.persistence.InspectorRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The steps every use case of the inspection case shares: loading and locking the case, saving it (a concurrent
 * edit is refused), recording a step (its timeline entry and audit line), the case's data scope and its active
 * inspectors. Holds no transaction of its own: it runs in the transaction of its caller.
 */
@Component
class InspectionCaseStore {

    private final InspectionCaseMapper mapper;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final Deadlines deadlines;
    private final DataScope dataScope;
    private final Clock clock;

    InspectionCaseStore(
            InspectionCaseMapper mapper,
            CaseTimeline timeline,
            AuditJournal audit,
            Deadlines deadlines,
            DataScope dataScope,
            Clock clock) {
        this.mapper = mapper;
        this.timeline = timeline;
        this.audit = audit;
        this.deadlines = deadlines;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    /** The case's inspectors not recused, lead first. */
    List<String> activeInspectors(long caseId) {
        return mapper.inspectors(caseId).stream()
                .filter(i -> !i.recused())
                .sorted((a, b) -> Boolean.compare(b.lead(), a.lead()))
                .map(InspectorRow::username)
                .toList();
    }

    /** The inspectors still to declare that they have no conflict of interest. */
    List<String> undeclaredInspectors(long caseId) {
        return mapper.inspectors(caseId).stream()
                .filter(i -> !i.recused() && i.declaredAt() == null)
                .map(InspectorRow::username)
                .toList();
    }

    ScopeTarget scope(InspectionCase c) {
        Set<String> participants = new LinkedHashSet<>(activeInspectors(c.id()));
        participants.add(c.proposedBy());
        return new ScopeTarget(c.officeCode(), c.gridCode(), participants);
    }

    InspectionCase visibleForUpdate(CurrentUser user, long caseId) {
        InspectionCase c = lock(caseId);
        if (!dataScope.canSee(user, scope(c))) {
            throw new NotFoundException("监察案件", caseId);
        }
        return c;
    }

    void requireInspector(InspectionCase c, String actor) {
        if (!activeInspectors(c.id()).contains(actor)) {
            throw new ConflictException(
                    "NOT_CASE_INSPECTOR", timeline.nameOf(actor) + "不是监察案件" + c.number() + "的承办监察员");
        }
    }

    void closeDeadline(InspectionCase c) {
        if (c.deadlineId() == null) {
            return;
        }
        DeadlineView d = deadlines.get(new DeadlineId(c.deadlineId()));
        if (d.closedOn() == null) {
            deadlines.close(d.id(), d.version(), today());
        }
    }

    void step(InspectionCase c, InspectionStep step, String actor, String detail) {
        timeline.record(c.ref(), step.name(), step.label(), actor, detail);
        audit.recordAs(
                actor,
                "INSPECTION_" + step.name(),
                c.ref(),
                timeline.nameOf(actor) + "：" + c.number() + " " + step.label(),
                null,
                c.status().label());
    }

    InspectionCase load(long id) {
        return mapper.findById(id).map(InspectionCase::new).orElseThrow(() -> new NotFoundException("监察案件", id));
    }

    InspectionCase lock(long id) {
        return mapper.lockById(id).map(InspectionCase::new).orElseThrow(() -> new NotFoundException("监察案件", id));
    }

    void save(InspectionCase c) {
        if (mapper.update(c.toRow()) != 1) {
            throw ConflictException.concurrentEdit("监察案件" + c.number());
        }
    }

    LocalDate today() {
        return BeijingTime.today(clock);
    }

    String link(InspectionCase c) {
        return "/inspection-cases/" + c.id();
    }

    String suffix(String text) {
        return text == null || text.isBlank() ? "" : "：" + text.strip();
    }
}
