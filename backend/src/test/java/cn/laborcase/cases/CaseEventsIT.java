package cn.laborcase.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.laborcase.intake.WageEmergencyReported;
import cn.laborcase.support.IntegrationTest;
import cn.laborcase.support.PublishedEvents;
import cn.laborcase.support.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events between modules through Spring Modulith's publication registry, with a listener of another module
 * ({@link WageEmergencyProbe}): delivered after commit and only then, kept incomplete when the listener fails and
 * delivered again when resubmitted, and kept for an awaited listener no module has yet.
 */
@IntegrationTest
class CaseEventsIT {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 9_000_000_000L);

    /**
     * An awaited listener id no listener has (the emergency track's, which this test used until that track was
     * built): the way a track built later receives the events published before it.
     */
    static final String NOT_BUILT_YET = "test.track-not-built-yet";

    @Autowired
    CaseEvents events;

    @Autowired
    WageEmergencyProbe probe;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void aListenerOfAnotherModuleReceivesTheEventAfterCommitInATransactionOfItsOwn() {
        WageEmergencyReported event = event();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publish(event);
            assertThat(probe.received(event.complaintId()))
                    .as("not before commit")
                    .isFalse();
            assertThat(publications(WageEmergencyProbe.ID, event))
                    .as("written in the publishing transaction")
                    .singleElement()
                    .satisfies(p -> assertThat(p.completed()).isFalse());
        });

        await().until(() -> probe.received(event.complaintId()));
        assertThat(probe.sawOwnTransaction(event.complaintId())).isTrue();
        await().untilAsserted(() -> assertThat(publications(WageEmergencyProbe.ID, event))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.completed()).isTrue();
                    assertThat(p.properties())
                            .containsEntry("complaintNumber", event.complaintNumber())
                            .containsEntry("workersAffected", 42);
                }));
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        WageEmergencyReported event = event();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publish(event, WageEmergencyReported.EMERGENCY_LISTENER);
            status.setRollbackOnly();
        });

        assertThat(probe.attempted(event.complaintId())).isFalse();
        assertThat(publications(WageEmergencyProbe.ID, event)).isEmpty();
        assertThat(publications(WageEmergencyReported.EMERGENCY_LISTENER, event))
                .isEmpty();
    }

    @Test
    void aPublicationTheListenerFailedStaysIncompleteAndIsDeliveredWhenResubmitted() {
        WageEmergencyReported event = event();
        probe.failFor(event.complaintId());

        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publish(event));

        await().until(() -> probe.attempted(event.complaintId()));
        assertThat(probe.received(event.complaintId())).isFalse();
        assertThat(publications(WageEmergencyProbe.ID, event)).singleElement().satisfies(p -> assertThat(p.completed())
                .isFalse());

        probe.stopFailing(event.complaintId());
        // resubmitted until delivered: the failed attempt may still be finishing on the listener's thread
        await().pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            incomplete.resubmitIncompletePublications(
                    p -> p.getEvent() instanceof WageEmergencyReported e && e.complaintId() == event.complaintId());
            assertThat(probe.received(event.complaintId())).isTrue();
        });
        await().untilAsserted(() -> assertThat(publications(WageEmergencyProbe.ID, event))
                .singleElement()
                .satisfies(p -> assertThat(p.completed()).isTrue()));
    }

    @Test
    void anEventWaitsForTheAwaitedListenerOfATrackNotBuiltYetAndIsLeftAloneOnResubmission() {
        WageEmergencyReported event = event();
        assertThat(events.hasListener(NOT_BUILT_YET)).isFalse();
        assertThat(events.hasListener(WageEmergencyProbe.ID)).isTrue();

        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publish(event, NOT_BUILT_YET, WageEmergencyProbe.ID));
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof WageEmergencyReported e && e.complaintId() == event.complaintId());

        assertThat(publications(NOT_BUILT_YET, event)).singleElement().satisfies(p -> assertThat(p.completed())
                .as("no listener yet: still waiting")
                .isFalse());
        assertThat(publications(WageEmergencyProbe.ID, event))
                .as("a present listener is not written twice")
                .hasSize(1);
    }

    private java.util.List<PublishedEvents.Published> publications(String listener, WageEmergencyReported event) {
        return new PublishedEvents(jdbc, json).forListener(listener, "complaintId", event.complaintId());
    }

    private static WageEmergencyReported event() {
        long id = IDS.incrementAndGet();
        return new WageEmergencyReported(
                id,
                "测试投诉〔2026〕" + id + "号",
                1L,
                "探针用人单位",
                "91330100MA00000000",
                "D1",
                "G01",
                42,
                new BigDecimal("12000.00"),
                false,
                TestClock.get().instant());
    }
}
