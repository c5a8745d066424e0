package cn.laborcase.security.persistence;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Failed logins per account name and source address ({@code login_lock}). */
@Mapper
public interface LoginLockMapper {

    Optional<LoginLockRow> find(@Param("username") String username, @Param("address") String address);

    /** Counts one more failure; 0 when there is no row yet. */
    int increment(@Param("username") String username, @Param("address") String address, @Param("at") Instant at);

    void insertFirst(@Param("username") String username, @Param("address") String address, @Param("at") Instant at);

    /** Locks when the failures reached {@code max}; 1 when this call locked. */
    int lockIfReached(
            @Param("username") String username,
            @Param("address") String address,
            @Param("max") int max,
            @Param("until") Instant until);

    int clear(@Param("username") String username, @Param("address") String address);

    int clearAll(@Param("username") String username);

    /** Rows of neither a lock in force nor a recent failure. */
    int deleteStale(@Param("before") Instant before, @Param("now") Instant now);
}
