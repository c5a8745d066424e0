package cn.laborcase.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant FAILED_AT = Instant.parse("2026-03-02T01:00:00Z");
    private final RetryPolicy policy =
            new RetryPolicy(4, List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10)));

    @Test
    void waitsLongerAfterEachFailureAndRepeatsTheLastDelay() {
        assertThat(policy.nextAttempt(1, FAILED_AT)).isEqualTo(FAILED_AT.plusSeconds(30));
        assertThat(policy.nextAttempt(2, FAILED_AT)).isEqualTo(FAILED_AT.plus(Duration.ofMinutes(2)));
        assertThat(policy.nextAttempt(3, FAILED_AT)).isEqualTo(FAILED_AT.plus(Duration.ofMinutes(10)));
        assertThat(policy.nextAttempt(7, FAILED_AT)).isEqualTo(FAILED_AT.plus(Duration.ofMinutes(10)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.exhausted(3)).isFalse();
        assertThat(policy.exhausted(4)).isTrue();
    }

    @Test
    void theDefaultsOutlastANightWithoutAMailServer() {
        RetryPolicy defaults = new MailSettings(null, null, true, null, null, 0, null, 0, null, null).retryPolicy();
        Instant at = FAILED_AT;
        for (int attempt = 1; !defaults.exhausted(attempt); attempt++) {
            at = defaults.nextAttempt(attempt, at);
        }

        assertThat(defaults.maxAttempts()).isEqualTo(10);
        assertThat(Duration.between(FAILED_AT, at)).isGreaterThan(Duration.ofHours(8));
    }
}
