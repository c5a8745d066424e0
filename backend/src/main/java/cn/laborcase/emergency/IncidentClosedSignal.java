package cn.laborcase.emergency;

/** Tells the incident's process that it is closed (ends the progress-report cycle); adapted in {@code process}. */
public interface IncidentClosedSignal {

    void closed(String processInstanceId);
}
