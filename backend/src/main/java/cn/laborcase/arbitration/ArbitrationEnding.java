package cn.laborcase.arbitration;

/** Ends the case's process when the case ends before its hearing path does (award, 调解书, withdrawal). */
public interface ArbitrationEnding {

    void end(String processInstanceId, String reason);
}
