package cn.laborcase.security;

import java.util.Set;

/**
 * Where a case, task or document sits, as far as data scope is concerned.
 *
 * @param officeCode the office that owns it
 * @param gridCode the grid of the employer concerned, if any
 * @param participants usernames working on it (case handlers, tribunal members, the task's assignee)
 */
public record ScopeTarget(String officeCode, String gridCode, Set<String> participants) {

    public ScopeTarget {
        participants = participants == null ? Set.of() : Set.copyOf(participants);
    }
}
