package cn.laborcase.arbitration;

/**
 * Tells the case's process the procedure decided (简易处理 or the ordinary one), so that the tribunal form offers one
 * arbitrator for a simple case and refuses one for a case converted back to the ordinary procedure.
 */
public interface ProcedureHint {

    void procedureDecided(String processInstanceId, String procedureKind);
}
