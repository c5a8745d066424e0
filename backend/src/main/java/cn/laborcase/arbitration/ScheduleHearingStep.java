package cn.laborcase.arbitration;

/** Completes the case's open 安排开庭 task (Task_ScheduleHearing) when a hearing has been booked. */
public interface ScheduleHearingStep {

    /** @return whether a task was open and is now completed */
    boolean completeIfOpen(String processInstanceId, String actor);
}
