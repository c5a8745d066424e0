package cn.laborcase.arbitration;

import java.time.LocalDate;

/**
 * Completes the process's service step (登记送达) when the 送达回证 of every 应诉通知书 is recorded: the answer period
 * then runs from the respondent's receipt (调解仲裁法 §30).
 */
public interface RespondentServiceStep {

    /**
     * Completes the step with the day of receipt, as {@code actor}, in the caller's transaction.
     *
     * @return false when the process has no such step waiting (served by a typed date before, or ended)
     */
    boolean served(String processInstanceId, LocalDate receivedOn, String actor);
}
