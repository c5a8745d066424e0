package cn.laborcase.security;

import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.Role;
import cn.laborcase.organization.StaffAccount;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal: Spring Security's view of a staff account, and our {@link CurrentUser}. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean locked;
    private final String credentialStamp;
    private String passwordHash;

    StaffPrincipal(StaffAccount account, Instant now) {
        this.user = toCurrentUser(account);
        this.passwordHash = account.passwordHash();
        this.credentialStamp = stampOf(account.passwordHash());
        this.enabled = account.active();
        this.locked = account.lockedAt(now);
    }

    public CurrentUser user() {
        return user;
    }

    /**
     * A fingerprint of the password hash the session was opened with (kept after {@link #eraseCredentials()}): when
     * the account's hash no longer has it, the password was changed or reset since, and the session ends
     * ({@link SessionRevalidation}).
     */
    String credentialStamp() {
        return credentialStamp;
    }

    static String stampOf(String passwordHash) {
        if (passwordHash == null) {
            return "";
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(passwordHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static CurrentUser toCurrentUser(StaffAccount account) {
        Set<Role> roles = account.roles().isEmpty() ? Set.of() : EnumSet.copyOf(account.roles());
        Set<String> grids = account.grids().stream()
                .map(StaffAccount.GridMembership::gridCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new CurrentUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.officeCode(),
                account.officeName(),
                List.copyOf(account.officeCodes()),
                roles,
                Set.copyOf(grids),
                groupsOf(account));
    }

    /** Candidate groups of a staff member: one per role in his office, one per grid he works in. */
    static Set<String> groupsOf(StaffAccount account) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(GroupIds.staff(account.username()));
        for (Role role : account.roles()) {
            groups.add(GroupIds.office(account.officeCode(), role));
            if (role.isLeader()) {
                groups.add(GroupIds.officeLeaders(account.officeCode()));
            }
        }
        for (StaffAccount.GridMembership grid : account.grids()) {
            groups.add(
                    "ASSISTANT".equals(grid.kind())
                            ? GroupIds.gridAssistants(grid.gridCode())
                            : GroupIds.gridInspectors(grid.gridCode()));
        }
        return Set.copyOf(groups);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffPrincipal other && other.user.username().equals(user.username());
    }

    @Override
    public int hashCode() {
        return user.username().hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + user.username() + "]";
    }
}
