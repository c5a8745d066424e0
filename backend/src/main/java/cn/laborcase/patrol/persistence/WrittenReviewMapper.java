package cn.laborcase.patrol.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Written-review campaigns (书面审查) and their reviews. */
@Mapper
public interface WrittenReviewMapper {

    record CampaignRow(
            long id,
            String officeCode,
            int reviewYear,
            String title,
            String openedBy,
            Instant openedAt,
            long total,
            long submitted,
            long reviewed) {}

    record ReviewRow(
            long id,
            long campaignId,
            int reviewYear,
            String officeCode,
            long employerId,
            String employerName,
            String currentGrade,
            String gridCode,
            LocalDate submittedOn,
            String materials,
            String reviewedBy,
            Instant reviewedAt,
            boolean onsiteCheck,
            String proposedGrade,
            String note,
            boolean caseOpened,
            int version) {}

    void insertCampaign(
            @Param("officeCode") String officeCode,
            @Param("year") int year,
            @Param("title") String title,
            @Param("by") String by,
            @Param("at") Instant at,
            @Param("key") GeneratedKey key);

    void insertGrid(@Param("campaignId") long campaignId, @Param("gridCode") String gridCode);

    /** One review for every employer of the grid. */
    int insertReviewsOfGrid(@Param("campaignId") long campaignId, @Param("gridCode") String gridCode);

    /** Grids of these already in a campaign of the year. */
    List<String> gridsInYear(@Param("year") int year, @Param("grids") Collection<String> grids);

    List<CampaignRow> campaigns();

    Optional<CampaignRow> findCampaign(long id);

    List<String> gridsOf(long campaignId);

    List<ReviewRow> reviews(
            @Param("campaignId") long campaignId,
            @Param("submitted") Boolean submitted,
            @Param("reviewed") Boolean reviewed);

    Optional<ReviewRow> findReview(long id);

    List<ReviewRow> reviewsOfEmployer(@Param("employerId") long employerId, @Param("limit") int limit);

    int submit(
            @Param("id") long id,
            @Param("version") int version,
            @Param("submittedOn") LocalDate submittedOn,
            @Param("materials") String materials);

    int review(
            @Param("id") long id,
            @Param("version") int version,
            @Param("by") String by,
            @Param("at") Instant at,
            @Param("onsite") boolean onsite,
            @Param("grade") String grade,
            @Param("note") String note,
            @Param("caseOpened") boolean caseOpened);
}
