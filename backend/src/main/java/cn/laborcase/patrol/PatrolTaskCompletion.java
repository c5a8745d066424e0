package cn.laborcase.patrol;

/** Ends a patrol's task once its record is saved (the process adapter completes it in the engine). */
public interface PatrolTaskCompletion {

    /** Completes the open patrol task of the process instance as the user who recorded, if it is still open. */
    void recorded(String processInstanceId, String username);
}
