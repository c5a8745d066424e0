package cn.laborcase.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password check that does the slow BCrypt comparison once per password and stored hash, then remembers the
 * positive answer for a short time (issue 8: HTTP Basic paid ≈ 75 ms of BCrypt on every API call).
 *
 * <p>What is remembered is an HMAC-SHA-256, under a random key made at start and never stored, of the stored hash
 * and the password presented: never the password. Because the stored hash is part of the key, a password change (a
 * new hash) makes every remembered answer for the old password useless at once. Only successes are remembered: a
 * wrong password always costs the full BCrypt check, so guessing stays as slow as before and every failure is still
 * counted by the lockout. Lock, deactivation and role changes need no invalidation: the account is read afresh on
 * every request and checked after the password (docs/operations.md, "HTTP Basic and the credential cache").
 */
final class VerifiedCredentials implements PasswordEncoder {

    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder slow;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(PasswordEncoder slow, Duration ttl, Clock clock) {
        this.slow = slow;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return slow.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || ttl.isZero() || ttl.isNegative()) {
            return slow.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(encodedPassword, rawPassword);
        Instant now = Instant.now(clock);
        Remembered remembered = verified.get(fingerprint);
        if (remembered != null && remembered.until().isAfter(now)) {
            return true;
        }
        boolean matches = slow.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(r -> !r.until().isAfter(now));
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(fingerprint, new Remembered(now.plus(ttl), fingerprint(encodedPassword, "")));
        } else {
            verified.remove(fingerprint);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return slow.upgradeEncoding(encodedPassword);
    }

    /** Forgets every remembered answer (e.g. for a test, or when an administrator wants every client to re-check). */
    void forgetAll() {
        verified.clear();
    }

    /**
     * Forgets every answer remembered for this stored hash: called when its owner changes his password, so that the
     * old password stops working for HTTP Basic at once, not only because the new hash no longer matches.
     */
    void forget(String encodedPassword) {
        if (encodedPassword != null) {
            String tag = fingerprint(encodedPassword, "");
            verified.values().removeIf(r -> r.hashTag().equals(tag));
        }
    }

    int size() {
        return verified.size();
    }

    private String fingerprint(String encodedPassword, CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A positive answer until a time, tagged with (a keyed hash of) the stored hash it was given for. */
    private record Remembered(Instant until, String hashTag) {}
}
