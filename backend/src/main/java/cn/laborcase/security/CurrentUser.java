package cn.laborcase.security;

import cn.laborcase.organization.Role;
import java.util.List;
import java.util.Set;

/**
 * The logged-in staff member as the modules see him: roles, office (with the offices below it), grids and the
 * candidate groups derived from them.
 */
public record CurrentUser(
        long staffId,
        String username,
        String displayName,
        String officeCode,
        String officeName,
        List<String> officeCodes,
        Set<Role> roles,
        Set<String> gridCodes,
        Set<String> groups) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isLeader() {
        return roles.stream().anyMatch(Role::isLeader);
    }

    /** The page this user lands on after login: the admin console for administrators, the home page otherwise. */
    public String home() {
        return roles.stream()
                .filter(r -> r != Role.ADMIN)
                .findFirst()
                .map(Role::home)
                .orElse(isAdmin() ? Role.ADMIN.home() : "/");
    }
}
