package cn.laborcase.admin;

import cn.laborcase.organization.Role;
import java.util.List;

/**
 * A role as the roles page explains it.
 *
 * @param candidateGroups the Camunda candidate group patterns its holders are in
 * @param scope what its holders may see (from DataScope)
 */
public record RoleView(Role role, String label, List<String> candidateGroups, String scope, long activeStaff) {}
