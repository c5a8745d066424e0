package cn.laborcase.security;

import java.util.Set;

/**
 * The cases a user may see, as query criteria (the same rule as {@link DataScope#canSee(CurrentUser, ScopeTarget)}):
 * everything, or those of these offices, of these grids, or where he is a participant.
 */
public record CaseCriteria(boolean everything, Set<String> officeCodes, Set<String> gridCodes, String participant) {

    public CaseCriteria {
        officeCodes = Set.copyOf(officeCodes);
        gridCodes = Set.copyOf(gridCodes);
    }
}
