package cn.laborcase.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.support.Processes;
import cn.laborcase.support.TestClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps the arbitration ITs share to bring a case where they test it: registered on the Friday before, accepted on
 * a given day at 10:00 Beijing time (the test clock moved, not the due dates), its tribunal composed.
 */
final class ArbitrationScenarios {

    private final ArbitrationFixtures a;
    private final Processes processes;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ArbitrationRegistration registration;
    private final ApplicationReview review;
    private final CasePreparation preparation;
    private final ArbitrationQueries queries;

    ArbitrationScenarios(
            ArbitrationFixtures a,
            Processes processes,
            ProcessEngine engine,
            JdbcTemplate jdbc,
            ObjectMapper json,
            ArbitrationRegistration registration,
            ApplicationReview review,
            CasePreparation preparation,
            ArbitrationQueries queries) {
        this.a = a;
        this.processes = processes;
        this.engine = engine;
        this.jdbc = jdbc;
        this.json = json;
        this.registration = registration;
        this.review = review;
        this.preparation = preparation;
        this.queries = queries;
    }

    /** Registers on {@code receivedOn} at 09:00 with the clock set to {@code today} (10:00). */
    RegisteredApplication register(LocalDate receivedOn, LocalDate today, String... claims) {
        at(today);
        String[] items = claims.length == 0
                ? new String[] {ArbitrationFixtures.claim("WAGES", "18600.00", "支付2026年8月至10月工资")}
                : claims;
        try {
            RegisterApplicationRequest request = json.readValue(
                    ArbitrationFixtures.application(
                            OffsetDateTime.of(receivedOn.atTime(9, 0), ZoneOffset.ofHours(8))
                                    .toString(),
                            1,
                            items),
                    RegisterApplicationRequest.class);
            return registration.register(a.clerk, request, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers three days before and accepts on {@code day} at 10:00 Beijing time. */
    long acceptOn(LocalDate day, String... claims) {
        RegisteredApplication r = register(day.minusDays(3), day, claims);
        review.decide(a.director, r.id(), new AcceptanceDecision("ACCEPT", null));
        return r.id();
    }

    String pid(long id) {
        return jdbc.queryForObject("select process_instance_id from arbitration_case where id = ?", String.class, id);
    }

    /** The answer notice issued, then the three arbitrators of the fixtures (arbitrator1 presiding). */
    void composeTribunal(long id) {
        String pid = pid(id);
        processes.runAsyncSteps(pid);
        preparation.composeTribunal(
                a.director,
                id,
                new TribunalRequest(
                        "THREE", a.arbitrator1.username(), a.arbitrator2.username(), a.arbitrator3.username(), null));
        assertThat(queries.get(a.director, id).status()).isEqualTo(ArbitrationStatus.TRIBUNAL_COMPOSED);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pid)
                        .taskDefinitionKey(ArbitrationProcess.TASK_COMPOSE_TRIBUNAL)
                        .count())
                .isZero();
    }

    static void at(LocalDate day) {
        TestClock.get()
                .set(OffsetDateTime.of(day.atTime(10, 0), ZoneOffset.ofHours(8)).toInstant());
    }
}
