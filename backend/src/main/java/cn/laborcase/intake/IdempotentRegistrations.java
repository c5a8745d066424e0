package cn.laborcase.intake;

import cn.laborcase.intake.persistence.RegistrationRequestMapper;
import cn.laborcase.intake.persistence.RegistrationRequestRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A second submit of the same registration (a double click on the desk form, an integration retrying after a
 * timeout) is recognised by the key its sender gave: the same key and the same request get the first answer again
 * and nothing is written; the same key with another request is refused (409). Keys are per user.
 */
@Component
class IdempotentRegistrations {

    static final int MAX_KEY_LENGTH = 100;
    /** The answer until the registration commits; not empty: an Oracle-compatible database stores '' as NULL. */
    private static final String PENDING = "PENDING";

    private final RegistrationRequestMapper mapper;
    private final ObjectMapper json;

    IdempotentRegistrations(RegistrationRequestMapper mapper, ObjectMapper json) {
        this.mapper = mapper;
        this.json = json;
    }

    static void check(String key) {
        if (key != null
                && (key.isBlank()
                        || key.length() > MAX_KEY_LENGTH
                        || !key.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("Idempotency-Key", "Invalid", "幂等键须为 1 至 " + MAX_KEY_LENGTH + " 个可见 ASCII 字符")));
        }
    }

    /**
     * The answer already given to this key, or empty after claiming the key for this registration. A concurrent
     * registration with the same key makes the claim fail with a duplicate key once it commits; the caller retries.
     */
    Optional<Registration> earlierOrClaim(CurrentUser user, String key, RegisterComplaintRequest request, Instant now) {
        String hash = hash(request);
        Optional<RegistrationRequestRow> earlier = mapper.find(user.username(), key);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash)) {
                throw new ConflictException("IDEMPOTENCY_KEY_REUSED", "该幂等键（Idempotency-Key）已用于另一份不同内容的登记，请使用新的键");
            }
            return Optional.of(read(earlier.get().answer()));
        }
        mapper.insert(new RegistrationRequestRow(user.username(), key, hash, PENDING, now));
        return Optional.empty();
    }

    void answered(CurrentUser user, String key, Registration answer) {
        try {
            mapper.answer(user.username(), key, json.writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("registration answer not writable", e);
        }
    }

    private Registration read(String answer) {
        try {
            return json.readValue(answer, Registration.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored registration answer not readable", e);
        }
    }

    /** The request as its record text: every field, in order (the records' toString is defined by their components). */
    private static String hash(RegisterComplaintRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
