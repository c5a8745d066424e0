package cn.laborcase.organization;

import java.time.Instant;
import java.util.List;

/**
 * What the personal centre (个人中心) shows a staff member of himself: names, never codes.
 *
 * @param roles the Chinese names of his roles
 * @param grids the grids he works in, by name, with how (监察员 / 协管员)
 */
public record StaffProfile(
        long id,
        String displayName,
        String officeName,
        String title,
        String phone,
        String email,
        String badgeNo,
        List<String> roles,
        List<String> grids,
        Instant lastLoginAt) {

    @Override
    public String toString() {
        return "StaffProfile[" + id + "]";
    }
}
