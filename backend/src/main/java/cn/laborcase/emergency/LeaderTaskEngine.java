package cn.laborcase.emergency;

import java.time.Instant;
import java.util.Optional;

/**
 * The engine side of the leaders' tasks on an incident (adapted in {@code process}): the 局长's task on a fund advance,
 * the leaders' task on a 处置情况报告, and the approval clock moved earlier when the grade is raised.
 */
public interface LeaderTaskEngine {

    /**
     * Opens the 局长's task on the advance in the incident's process; false when the process has no such step (an
     * instance started before the step existed, or one that has ended), so the caller tells the leaders itself.
     */
    boolean advanceRequested(String processInstanceId, long advanceId);

    /** Opens the leaders' task on the closure report; false as for {@link #advanceRequested}. */
    boolean closureSubmitted(String processInstanceId, long closureId);

    /** The open task deciding this advance, if there is one. */
    Optional<String> openAdvanceTask(String processInstanceId, long advanceId);

    /** The open task deciding this closure report, if there is one. */
    Optional<String> openClosureTask(String processInstanceId, long closureId);

    /**
     * Moves the activation approval's clock to {@code due}: the engine timer's due date (a time already past fires at
     * once), the section leader's task's due date and the process variable; false when the timer is gone (escalated
     * or decided), and then nothing is moved.
     */
    boolean shortenApprovalClock(String processInstanceId, Instant due);
}
