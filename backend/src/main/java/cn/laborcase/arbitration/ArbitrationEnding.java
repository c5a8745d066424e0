package cn.laborcase.arbitration;

/**
 * Ends the case's process when the case ends (award, 调解书, withdrawal), before or after acceptance, in the caller's
 * transaction. An instance that has already ended is left alone.
 */
public interface ArbitrationEnding {

    /** How the case ended; the process reaches the matching end event (裁决结案, 调解结案, 撤回结案). */
    enum Outcome {
        AWARDED,
        MEDIATED,
        WITHDRAWN,
        ABSENT_APPLICANT,
        /** 管辖异议成立：移送有管辖权的仲裁委员会. */
        TRANSFERRED
    }

    void end(String processInstanceId, Outcome outcome, String reason);
}
