package cn.laborcase.security;

import java.util.Set;

/** What data scope needs of a task: who holds it, which groups may take it, and where its case sits. */
public record TaskScope(String assignee, Set<String> candidateGroups, String officeCode, String gridCode) {

    public TaskScope {
        candidateGroups = candidateGroups == null ? Set.of() : Set.copyOf(candidateGroups);
    }
}
