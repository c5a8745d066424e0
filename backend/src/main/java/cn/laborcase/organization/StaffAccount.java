package cn.laborcase.organization;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What login and data scope need to know of a staff member (工作人员): roles, office, grids.
 *
 * @param officeCodes the code of the staff member's office followed by the codes of every office below it
 */
public record StaffAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        boolean active,
        boolean demo,
        Instant lockedUntil,
        String officeCode,
        String officeName,
        List<String> officeCodes,
        Set<Role> roles,
        List<GridMembership> grids) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A grid the staff member works in, as responsible inspector's colleague or as assistant. */
    public record GridMembership(String gridCode, String kind) {}
}
