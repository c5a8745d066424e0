package cn.laborcase.arbitration;

/**
 * A decision on the case's procedure; each decision reads the fields it needs.
 *
 * @param decision GRANT/REFUSE (回避), UPHOLD/DISMISS (管辖异议)
 * @param reasons the reasons, printed in the 决定书
 * @param replacement the arbitrator who takes the seat of a withdrawn one (回避 granted)
 * @param competentCommittee the committee the case goes to (管辖异议 upheld)
 * @param ground CLEAR_FACTS, SMALL_AMOUNT or PARTIES_AGREE (简易处理, 办案规则 §56)
 * @param presiding the tribunal of three after a conversion back from a sole arbitrator
 * @param version the version of the application as shown (optional; a different one is a 409)
 */
public record ProcedureDecisionRequest(
        String decision,
        String reasons,
        String replacement,
        String competentCommittee,
        String ground,
        String presiding,
        String arbitrator2,
        String arbitrator3,
        Integer version) {}
