package cn.laborcase.arbitration.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The award period's changes, the awards with their items, mediation before the award and the case's end. */
@Mapper
public interface AwardMapper {

    void insertChange(@Param("row") CaseChangeRow row);

    List<CaseChangeRow> changes(long caseId);

    void insertAward(@Param("row") AwardRow row, @Param("key") GeneratedKey key);

    void insertAwardItem(@Param("row") AwardItemRow row);

    List<AwardRow> awards(long caseId);

    List<AwardItemRow> awardItems(long caseId);

    void insertMediation(@Param("row") MediationRow row);

    Optional<MediationRow> mediation(long caseId);

    /** Records one party's receipt only if not recorded yet: 0 when it was. */
    int recordApplicantReceipt(@Param("caseId") long caseId, @Param("on") LocalDate on);

    int recordRespondentReceipt(@Param("caseId") long caseId, @Param("on") LocalDate on);

    int mediationEffective(@Param("caseId") long caseId, @Param("on") LocalDate on);

    /** Ends a case that is still before its award (ACCEPTED or TRIBUNAL_COMPOSED): 0 when it is not. */
    int end(@Param("id") long id, @Param("to") String to);

    void deleteClaims(long caseId);

    int nextPartyPosition(@Param("caseId") long caseId, @Param("kind") String kind);
}
