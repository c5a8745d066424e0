package cn.laborcase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlinesRecomputed;
import cn.laborcase.calendar.MovedTask;
import cn.laborcase.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DeadlineMoveNoticesIT {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tellsTheHolderOfAMovedTaskAndNobodyForAnUnclaimedOne() {
        String held = UUID.randomUUID().toString();
        String unclaimed = UUID.randomUUID().toString();
        transactions.executeWithoutResult(tx -> events.publishEvent(new DeadlinesRecomputed(
                "2031年节假日安排载入",
                List.of(new DeadlineId(1L)),
                List.of(
                        new MovedTask(
                                held, "受理审查", "inspector5", 1L, LocalDate.of(2031, 10, 7), LocalDate.of(2031, 10, 13)),
                        new MovedTask(unclaimed, "受理审查", null, 1L, LocalDate.of(2031, 10, 7), null)))));

        assertThat(jdbc.queryForList(
                        "select title from staff_notice where username = 'inspector5' and link = ?",
                        String.class,
                        "/tasks/" + held))
                .singleElement()
                .asString()
                .contains("受理审查", "2031-10-07 → 2031-10-13", "2031年节假日安排载入");
        assertThat(jdbc.queryForObject(
                        "select count(*) from staff_notice where link = ?", Long.class, "/tasks/" + unclaimed))
                .isZero();
    }
}
