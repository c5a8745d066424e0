package cn.laborcase.organization.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface StaffMapper {

    Optional<StaffRow> findByUsername(String username);

    List<StaffRow> findByUsernames(@Param("usernames") Collection<String> usernames);

    // administration (人员管理) ---------------------------------------------------------------------------------

    Optional<StaffRow> findById(long id);

    List<StaffRow> search(StaffSearchRow criteria);

    long countSearch(StaffSearchRow criteria);

    List<StaffRoleRow> findRolesOfStaff(@Param("staffIds") Collection<Long> staffIds);

    /** Active staff of an office holding a role, for the grid pickers. */
    List<StaffRow> findActiveByOfficeAndRole(@Param("officeId") long officeId, @Param("role") String role);

    List<StaffRow> findByIds(@Param("ids") Collection<Long> ids);

    List<StaffGridRow> findGridsOfStaff(long staffId);

    int insert(NewStaffRow staff);

    /** Updates the editable fields if the row still has {@code version}; 0 rows means someone else changed it. */
    int update(
            @Param("id") long id,
            @Param("version") int version,
            @Param("displayName") String displayName,
            @Param("officeId") long officeId,
            @Param("title") String title,
            @Param("phone") String phone,
            @Param("email") String email,
            @Param("badgeNo") String badgeNo);

    int updateActive(@Param("id") long id, @Param("version") int version, @Param("active") boolean active);

    int unlock(@Param("id") long id, @Param("version") int version);

    int updatePassword(@Param("id") long id, @Param("version") int version, @Param("passwordHash") String passwordHash);

    /** A staff member's own new password, only while the stored hash is still the one his current password matched. */
    int changeOwnPassword(
            @Param("id") long id,
            @Param("expectedHash") String expectedHash,
            @Param("passwordHash") String passwordHash);

    /** Bumps the version of staff whose grid memberships were changed from a grid's page. */
    int touch(@Param("ids") Collection<Long> ids);

    int insertRole(@Param("staffId") long staffId, @Param("role") String role);

    int deleteRole(@Param("staffId") long staffId, @Param("role") String role);

    long countActive();

    long countActiveInOffice(long officeId);

    List<RoleCountRow> countActiveByRole();

    /** Active holders of a role other than the given staff member (the last administrator must stay). */
    long countOtherActiveWithRole(@Param("role") String role, @Param("staffId") long staffId);

    record StaffRoleRow(long staffId, String role) {}

    record StaffGridRow(
            long gridId, String gridCode, String gridName, long officeId, String kind, boolean responsible) {}

    record RoleCountRow(String role, long activeStaff) {}

    /**
     * @param text matched against username and name; a {@code like} pattern, lower case, escaped with {@code !}
     */
    /** @param sort a key of StaffSearch.SORTS (the XML's choose), null for office and name */
    record StaffSearchRow(
            Long officeId,
            String role,
            String text,
            Boolean active,
            String sort,
            boolean descending,
            int offset,
            int size) {}

    record NewStaffRow(
            String username,
            String displayName,
            String passwordHash,
            long officeId,
            String title,
            String phone,
            String email,
            String badgeNo,
            Instant createdAt) {}

    List<String> findRoles(long staffId);

    List<GridMembershipRow> findGridMemberships(long staffId);

    /** Adds one failed login and returns nothing; the caller reads the count back in the same transaction. */
    int incrementFailedLogins(String username);

    int lock(@Param("username") String username, @Param("until") Instant until);

    int recordLogin(@Param("username") String username, @Param("at") Instant at);

    record GridMembershipRow(String gridCode, String kind) {}
}
