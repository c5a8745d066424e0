package cn.laborcase.arbitration;

import java.time.LocalDate;
import java.util.List;

/**
 * The case's procedural decisions as the API and the case page show them: the procedure in force (简易处理 or 一般程序)
 * with every decision on it, 回避 applications, jurisdiction objections and award corrections, each with its 决定书,
 * and what the user may do next (the forms shown).
 */
public record ProcedureRecordView(
        String procedure,
        String procedureLabel,
        List<ProcedureDecision> procedureDecisions,
        List<Challenge> challenges,
        List<Objection> objections,
        List<Correction> corrections,
        List<Option> tribunal,
        List<Option> arbitrators,
        List<Option> awards,
        List<Option> parties,
        List<Option> respondents,
        Actions actions) {

    public record ProcedureDecision(
            String kind, String kindLabel, String ground, String reasons, LocalDate decidedOn, long documentId) {}

    public record Challenge(
            long id,
            String memberKind,
            String memberName,
            String applicant,
            String grounds,
            LocalDate filedOn,
            boolean learnedLate,
            LocalDate decisionDueDate,
            String status,
            String statusLabel,
            LocalDate decidedOn,
            String decisionReasons,
            String replacementName,
            Long documentId,
            int version,
            boolean decidableByUser) {}

    public record Objection(
            long id,
            String respondent,
            String grounds,
            LocalDate filedOn,
            String status,
            String statusLabel,
            LocalDate decidedOn,
            String decisionReasons,
            String competentCommittee,
            Long documentId,
            int version) {}

    public record Correction(
            long awardId,
            String origin,
            String originLabel,
            String requestedBy,
            LocalDate requestedOn,
            String kind,
            String kindLabel,
            String outcome,
            String outcomeLabel,
            String content,
            LocalDate decidedOn,
            long documentId) {}

    /** A choice in a form: the value posted and the words shown. */
    public record Option(String value, String label) {}

    public record Actions(
            boolean registerChallenge,
            boolean decideChallenge,
            boolean fileObjection,
            boolean decideObjection,
            boolean decideSimple,
            boolean convertToOrdinary,
            boolean correctAward) {

        public boolean any() {
            return registerChallenge
                    || decideChallenge
                    || fileObjection
                    || decideObjection
                    || decideSimple
                    || convertToOrdinary
                    || correctAward;
        }
    }
}
