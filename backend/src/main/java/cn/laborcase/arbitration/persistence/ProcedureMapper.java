package cn.laborcase.arbitration.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 回避, jurisdiction objections, the case's procedure (简易处理) and award corrections. */
@Mapper
public interface ProcedureMapper {

    void insertChallenge(@Param("row") ChallengeRow row, @Param("key") GeneratedKey key);

    List<ChallengeRow> challenges(long caseId);

    Optional<ChallengeRow> challenge(@Param("caseId") long caseId, @Param("id") long id);

    /** Decides a pending challenge of the expected version: 0 when it was decided or changed meanwhile. */
    int decideChallenge(
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("on") LocalDate on,
            @Param("by") String by,
            @Param("reasons") String reasons,
            @Param("replacement") String replacement,
            @Param("documentId") long documentId);

    /** Puts another arbitrator in the seat of a withdrawn one (the seat's role and position stay). */
    int replaceTribunalMember(@Param("caseId") long caseId, @Param("from") String from, @Param("to") String to);

    void insertObjection(@Param("row") ObjectionRow row, @Param("key") GeneratedKey key);

    List<ObjectionRow> objections(long caseId);

    Optional<ObjectionRow> objection(@Param("caseId") long caseId, @Param("id") long id);

    int decideObjection(
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("on") LocalDate on,
            @Param("by") String by,
            @Param("reasons") String reasons,
            @Param("competent") String competent,
            @Param("documentId") long documentId);

    void insertProcedureDecision(@Param("row") ProcedureDecisionRow row);

    List<ProcedureDecisionRow> procedureDecisions(long caseId);

    void insertCorrection(@Param("row") CorrectionRow row);

    List<CorrectionRow> corrections(long caseId);

    /** The case's tribunal member rows changed to three seats after a conversion back to the ordinary procedure. */
    void deleteTribunal(long caseId);

    void setTribunalMode(@Param("caseId") long caseId, @Param("mode") String mode);
}
