package cn.laborcase.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.PublishedEvents;
import cn.laborcase.support.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 书面审查 on the real database: a campaign per year and grid, submission, review, a case asked for once, scope. */
@IntegrationTest
class WrittenReviewIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserLookup users;

    @Autowired
    WrittenReviews reviews;

    @Autowired
    ObjectMapper json;

    PatrolFixtures fixtures;
    String grid;
    CurrentUser inspector;
    CurrentUser assistant;
    CurrentUser leader;
    String year;

    @BeforeEach
    void setUp() {
        fixtures = new PatrolFixtures(jdbc, users);
        grid = fixtures.newGrid();
        inspector = fixtures.newStaff("书审监察员", Role.INSPECTOR, grid);
        assistant = fixtures.newStaff("书审协管员", Role.GRID_ASSISTANT, grid);
        leader = fixtures.newStaff("书审负责人", Role.SECTION_LEADER, null);
        fixtures.newEmployer(grid, "书审甲有限公司", "B", false);
        fixtures.newEmployer(grid, "书审乙有限公司", "C", false);
        year = String.valueOf(BeijingTime.today(TestClock.get()).getYear());
    }

    @Test
    void aCampaignGivesEveryEmployerOfItsGridsAReviewOnceAYear() {
        WrittenReviews.CampaignView campaign = reviews.open(leader, year, List.of(grid));

        assertThat(campaign.reviews())
                .extracting(WrittenReviews.ReviewView::employerName)
                .containsExactlyInAnyOrder("书审甲有限公司", "书审乙有限公司");
        assertThat(campaign.campaign().total()).isEqualTo(2);
        assertThatThrownBy(() -> reviews.open(leader, year, List.of(grid))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reviews.open(inspector, year, List.of(grid))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reviews.open(leader, "二〇二六", List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("year", "grids"));
        assertThat(reviews.campaigns(users.findActive("inspector1").orElseThrow()))
                .noneMatch(c -> c.id() == campaign.campaign().id());
        assertThatThrownBy(() -> reviews.campaign(
                        users.findActive("leader1").orElseThrow(),
                        campaign.campaign().id(),
                        null,
                        null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theGridsInspectorReviewsWhatWasSubmittedAndAskingForACasePublishesTheFindingOnce() {
        WrittenReviews.CampaignView campaign = reviews.open(leader, year, List.of(grid));
        long id = campaign.reviews().get(0).id();
        String today = BeijingTime.today(TestClock.get()).toString();

        assertThatThrownBy(() -> reviews.decide(inspector, id, false, "B", null, false, null))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> reviews.submit(assistant, id, "2026-02-30", "含\u0000", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("submittedOn", "materials"));
        reviews.submit(assistant, id, today, "劳动合同台账、工资支付台账、社保缴费凭证", null);
        assertThat(reviews.campaign(leader, campaign.campaign().id(), "yes", null)
                        .reviews())
                .extracting(WrittenReviews.ReviewView::id)
                .containsExactly(id);

        assertThatThrownBy(() -> reviews.decide(assistant, id, false, "B", null, false, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() ->
                        reviews.decide(users.findActive("inspector1").orElseThrow(), id, false, "B", null, false, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.decide(inspector, id, true, "D", null, true, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("proposedGrade", "note"));

        reviews.decide(inspector, id, true, "C", "工资支付台账缺失三个月，拖欠工资", true, null);

        assertThat(reviews.review(inspector, id).reviewed()).isTrue();
        // a patrol item may have the same id: the written review's finding is told apart by its source
        assertThat(new PublishedEvents(jdbc, json)
                        .forListener(RoutineFindingReported.INSPECTION_LISTENER, "sourceId", id).stream()
                                .filter(e -> RoutineFindingReported.WRITTEN_REVIEW.equals(
                                        e.properties().get("source"))))
                .hasSize(1);
        assertThatThrownBy(() -> reviews.decide(inspector, id, true, "C", "再次", true, null))
                .isInstanceOf(ConflictException.class);
    }
}
