package cn.laborcase.organization.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface StaffMapper {

    Optional<StaffRow> findByUsername(String username);

    List<String> findRoles(long staffId);

    List<GridMembershipRow> findGridMemberships(long staffId);

    /** Adds one failed login and returns nothing; the caller reads the count back in the same transaction. */
    int incrementFailedLogins(String username);

    int lock(@Param("username") String username, @Param("until") Instant until);

    int recordLogin(@Param("username") String username, @Param("at") Instant at);

    record GridMembershipRow(String gridCode, String kind) {}
}
