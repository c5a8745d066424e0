package cn.laborcase.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-12-05T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void forgetsTheAnswersRememberedForAHashWhoseOwnerChangedHisPasswordAndKeepsOthers() {
        VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofMinutes(5), clock);
        String changed = bcrypt.encode("Secret#2026");
        String other = bcrypt.encode("Other#2026");
        credentials.matches("Secret#2026", changed);
        credentials.matches("Other#2026", other);
        slowChecks.set(0);

        credentials.forget(changed);

        assertThat(credentials.matches("Secret#2026", changed)).isTrue();
        assertThat(slowChecks).as("checked with BCrypt again").hasValue(1);
        assertThat(credentials.matches("Other#2026", other)).isTrue();
        assertThat(slowChecks).as("another account's answer is kept").hasValue(1);
    }

    @Test
    void checksARightPasswordWithBcryptOnceWithinTheTimeToLive() {
        VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofMinutes(5), clock);
        String hash = bcrypt.encode("Secret#2026");

        assertThat(credentials.matches("Secret#2026", hash)).isTrue();
        assertThat(credentials.matches("Secret#2026", hash)).isTrue();
        assertThat(credentials.matches("Secret#2026", hash)).isTrue();

        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void checksEveryWrongPasswordWithBcrypt() {
        VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofMinutes(5), clock);
        String hash = bcrypt.encode("Secret#2026");
        credentials.matches("Secret#2026", hash);

        assertThat(credentials.matches("Secret#2027", hash)).isFalse();
        assertThat(credentials.matches("Secret#2027", hash)).isFalse();

        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void forgetsThePasswordWhenTheStoredHashChanges() {
        VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofMinutes(5), clock);
        credentials.matches("Secret#2026", bcrypt.encode("Secret#2026"));

        assertThat(credentials.matches("Secret#2026", bcrypt.encode("Another#2027")))
                .isFalse();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void checksAgainWithBcryptOnceTheTimeToLiveHasPassed() {
        VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofMinutes(5), clock);
        String hash = bcrypt.encode("Secret#2026");
        credentials.matches("Secret#2026", hash);

        now = now.plus(Duration.ofMinutes(5));

        assertThat(credentials.matches("Secret#2026", hash)).isTrue();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void alwaysUsesBcryptWhenTurnedOff() {
        VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ZERO, clock);
        String hash = bcrypt.encode("Secret#2026");

        credentials.matches("Secret#2026", hash);
        credentials.matches("Secret#2026", hash);

        assertThat(slowChecks).hasValue(2);
        assertThat(credentials.size()).isZero();
    }

    @Test
    void neverKeepsThePasswordItself() {
        VerifiedCredentials credentials = new VerifiedCredentials(counting, Duration.ofMinutes(5), clock);
        credentials.matches("Secret#2026", bcrypt.encode("Secret#2026"));

        assertThat(credentials).extracting("verified").asString().doesNotContain("Secret#2026");
    }
}
