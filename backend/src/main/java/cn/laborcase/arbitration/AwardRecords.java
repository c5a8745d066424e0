package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.AwardItemRow;
import cn.laborcase.arbitration.persistence.AwardMapper;
import cn.laborcase.calendar.DeadlineStatus;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Restart;
import cn.laborcase.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the award side of a case within the user's data scope (404 outside it). */
@Service
public class AwardRecords {

    private final ArbitrationCaseStore store;
    private final ArbitrationDeadlines deadlines;
    private final AwardMapper mapper;

    AwardRecords(ArbitrationCaseStore store, ArbitrationDeadlines deadlines, AwardMapper mapper) {
        this.store = store;
        this.deadlines = deadlines;
        this.mapper = mapper;
    }

    @Transactional(readOnly = true)
    public AwardRecordView get(CurrentUser user, long id) {
        return of(store.visible(user, id));
    }

    /** The award side of a case the caller has already checked the scope of (the case view). */
    AwardRecordView of(ArbitrationCaseRow row) {
        long id = row.id();
        ArbitrationStatus status = ArbitrationStatus.valueOf(row.status());
        AwardRecordView.Period period = deadlines.all(id).stream()
                .filter(d -> d.ruleCode().equals(ArbitrationDeadlines.AWARD))
                .findFirst()
                .map(AwardRecords::period)
                .orElse(null);
        List<AwardItemRow> items = mapper.awardItems(id);
        return new AwardRecordView(
                id,
                status,
                status.label(),
                period,
                mapper.changes(id).stream()
                        .map(c -> new AwardRecordView.Change(
                                c.kind(),
                                AwardRecordView.kindLabel(c.kind()),
                                c.effectiveOn(),
                                c.reason(),
                                c.documentId(),
                                c.recordedBy(),
                                c.recordedAt()))
                        .toList(),
                mapper.awards(id).stream()
                        .map(a -> new AwardRecordView.Award(
                                a.id(),
                                a.finality(),
                                a.finality().equals("FINAL") ? "终局裁决" : "非终局裁决",
                                a.byDefault(),
                                a.awardedOn(),
                                a.documentId(),
                                items.stream()
                                        .filter(i -> i.awardId().equals(a.id()))
                                        .map(i -> new AwardRecordView.Item(
                                                i.claimPosition(),
                                                i.outcome(),
                                                "REJECTED".equals(i.outcome()) ? "驳回" : "支持",
                                                i.amount(),
                                                i.reasoning(),
                                                i.finalItem(),
                                                i.finalityRule()))
                                        .toList()))
                        .toList(),
                mapper.mediation(id)
                        .map(m -> new AwardRecordView.Mediation(
                                m.documentId(),
                                m.issuedOn(),
                                m.applicantReceivedOn(),
                                m.respondentReceivedOn(),
                                m.effectiveOn()))
                        .orElse(null));
    }

    static AwardRecordView.Period period(DeadlineView d) {
        List<Restart> restarts = d.restarts();
        return new AwardRecordView.Period(
                d.start(),
                d.dueDate(),
                d.daysLeft(),
                d.status() == DeadlineStatus.PAUSED,
                !d.extensions().isEmpty(),
                restarts.isEmpty() ? null : restarts.get(restarts.size() - 1).newStart(),
                d.closedOn(),
                d.legalBasis(),
                d.summary());
    }
}
