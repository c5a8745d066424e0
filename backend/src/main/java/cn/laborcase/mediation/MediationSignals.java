package cn.laborcase.mediation;

/** Tells the case's process that mediation ended (the engine adapter correlates a message); in the caller's transaction. */
public interface MediationSignals {

    void agreed(String processInstanceId);

    void terminated(String processInstanceId);
}
