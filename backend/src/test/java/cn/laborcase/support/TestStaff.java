package cn.laborcase.support;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Staff members a test creates for itself (not demo accounts), so that locking, disabling or changing them cannot
 * disturb the demo users other tests log in with.
 */
public final class TestStaff {

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    private TestStaff() {}

    /** A unique username with this prefix (lower case, within the 50-character column). */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Inserts an active, non-demo staff member of the office with this code.
     *
     * @param roles names of {@code cn.laborcase.organization.Role} constants
     */
    public static long insert(JdbcTemplate jdbc, String username, String password, String officeCode, String... roles) {
        jdbc.update(
                """
                insert into staff (username, display_name, password_hash, office_id, active, demo, created_at)
                select ?, ?, ?, o.id, true, false, current_timestamp from office o where o.code = ?
                """,
                username,
                "测试" + username.substring(Math.max(0, username.length() - 4)),
                ENCODER.encode(password),
                officeCode);
        long id = jdbc.queryForObject("select id from staff where username = ?", Long.class, username);
        for (String role : roles) {
            jdbc.update("insert into staff_role (staff_id, role) values (?, ?)", id, role);
        }
        return id;
    }
}
