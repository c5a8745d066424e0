package cn.laborcase.organization;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A staff account as the administrator edits it.
 *
 * @param responsibleGridCodes active grids he is the responsible inspector (责任监察员) of
 * @param locked locked now after too many failed logins
 */
public record StaffDetails(
        long id,
        String username,
        String displayName,
        long officeId,
        String officeCode,
        String officeName,
        String title,
        String phone,
        String email,
        String badgeNo,
        Set<Role> roles,
        Set<Long> inspectorGridIds,
        Set<Long> assistantGridIds,
        List<String> gridLabels,
        List<String> responsibleGridCodes,
        boolean active,
        boolean demo,
        int failedLogins,
        Instant lockedUntil,
        boolean locked,
        Instant lastLoginAt,
        int version) {

    /** The edit form filled with the current values. */
    public UpdateStaffRequest toRequest() {
        return new UpdateStaffRequest(
                displayName,
                officeId,
                title,
                phone,
                email,
                badgeNo,
                roles,
                inspectorGridIds,
                assistantGridIds,
                version);
    }
}
