package cn.laborcase.mediation.process;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.mediation.MediationQueries;
import cn.laborcase.mediation.MediationSummary;
import cn.laborcase.shared.BeijingTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mediator's task in BPMN expressions, as bean {@code mediationTasks}: its name (the case's number and parties, as
 * the inbox lists it), its candidates, and the reminder before the 15th day.
 */
@Component("mediationTasks")
public class MediationTasks {

    /** The reminder is shown at the start of the working day. */
    private static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    private final MediationQueries queries;
    private final Deadlines deadlines;
    private final int reminderDaysBefore;

    MediationTasks(
            MediationQueries queries,
            Deadlines deadlines,
            @Value("${laborcase.mediation.reminder-days-before:3}") int reminderDaysBefore) {
        this.queries = queries;
        this.deadlines = deadlines;
        this.reminderDaysBefore = Math.max(0, reminderDaysBefore);
    }

    /** 调解：〔number〕 applicants 与 respondent. */
    public String name(Object caseId) {
        long id = ((Number) caseId).longValue();
        return queries.forTask(id).map(MediationTasks::name).orElse("调解");
    }

    static String name(MediationSummary c) {
        String parties = c.applicants() + (c.respondent().isEmpty() ? "" : " 与 " + c.respondent());
        String text = "调解：" + c.number() + " " + parties;
        // the engine's task name column holds 255 characters
        return text.length() > 250 ? text.substring(0, 249) + "…" : text;
    }

    public List<String> candidates(Object caseId) {
        return queries.taskCandidateGroups(((Number) caseId).longValue());
    }

    /**
     * {@code laborcase.mediation.reminder-days-before} calendar days (default 3) before the 15 days' due day, 08:00
     * Beijing time (调解仲裁法 §14: no agreement within 15 days → the parties may apply for arbitration).
     */
    public Date reminderAt(Object deadlineId) {
        DeadlineView deadline = deadlines.get(DeadlineId.of(deadlineId));
        if (deadline.dueDate() == null) {
            return Date.from(deadlines.reminderAt(deadline.id()));
        }
        return Date.from(BeijingTime.at(deadline.dueDate().minusDays(reminderDaysBefore), REMINDER_TIME));
    }
}
