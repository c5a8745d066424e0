package cn.laborcase.documents;

import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseType;
import java.util.List;
import java.util.Optional;

/**
 * A track's cases as the documents module sees them, implemented by each track for its {@link CaseType} and
 * registered as a bean. Staff choose the case of a document from {@link #actionableBy}; the documents module never
 * accepts a case it has not found here for the user (house style 25: every write checks the right to act on its
 * case). Implementations read through their own module's public service, which applies {@code DataScope}.
 */
public interface CaseDirectory {

    CaseType caseType();

    /** The user's cases he may act on (issue documents for), newest first, at most {@code limit}. */
    List<CaseSummary> actionableBy(CurrentUser user, int limit);

    /** The case, if it exists and the user may act on it; empty otherwise (the caller answers 404 either way). */
    Optional<CaseSummary> find(CurrentUser user, long id);
}
