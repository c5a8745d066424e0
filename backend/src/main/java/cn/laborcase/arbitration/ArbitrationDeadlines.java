package cn.laborcase.arbitration;

import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The case's legal periods through the calendar module (rules in {@code laborcase.deadlines.rules}): 3/5/10-day
 * periods in working days, the 45-day award period in calendar days (办案规则 附则).
 */
@Component
class ArbitrationDeadlines {

    static final String ACCEPTANCE = "ARBITRATION_ACCEPTANCE";
    static final String SERVICE = "ARBITRATION_SERVICE";
    static final String ANSWER = "ARBITRATION_ANSWER";
    static final String ANSWER_SERVICE = "ARBITRATION_ANSWER_SERVICE";
    static final String TRIBUNAL_NOTICE = "ARBITRATION_TRIBUNAL_NOTICE";
    static final String AWARD = "ARBITRATION_AWARD";

    private final Deadlines deadlines;

    ArbitrationDeadlines(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    DeadlineView open(String rule, long caseId, LocalDate start, String processInstanceId, Set<String> elements) {
        return deadlines.open(new OpenDeadline(
                rule, start, new DeadlineOwner(ArbitrationCaseStore.ref(caseId)), processInstanceId, elements));
    }

    void link(DeadlineView d, String processInstanceId, Set<String> elements) {
        deadlines.link(d.id(), processInstanceId, elements);
    }

    List<DeadlineView> all(long caseId) {
        return deadlines.forOwner(new DeadlineOwner(ArbitrationCaseStore.ref(caseId)));
    }

    /** The case's open deadline of this rule, if any. */
    Optional<DeadlineView> open(long caseId, String rule) {
        return deadlines.openOf(new DeadlineOwner(ArbitrationCaseStore.ref(caseId)), rule);
    }

    /** 补正 restarts the acceptance period from the day the material was completed (办案规则 §46(二)). */
    DeadlineView restartAcceptance(long caseId, LocalDate completedOn) {
        DeadlineView d = open(caseId, ACCEPTANCE).orElseThrow();
        return deadlines.restart(d.id(), d.version(), completedOn, "补正：申请人于" + completedOn + "补正材料");
    }

    void close(long caseId, String rule, LocalDate on) {
        open(caseId, rule).ifPresent(d -> deadlines.close(d.id(), d.version(), on));
    }
}
