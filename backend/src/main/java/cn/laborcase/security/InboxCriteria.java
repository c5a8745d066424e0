package cn.laborcase.security;

import java.util.Set;

/** The tasks a user may work, as query criteria: assigned to him, or open to one of his groups. */
public record InboxCriteria(String username, Set<String> groups) {}
