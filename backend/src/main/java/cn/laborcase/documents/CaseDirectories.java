package cn.laborcase.documents;

import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every track's {@link CaseDirectory}, looked up when asked: the tracks' directories read the tracks' services,
 * which list their documents through this module, so they are not taken at construction.
 */
@Component
class CaseDirectories {

    static final int CHOOSER_LIMIT = 100;

    private final ObjectProvider<CaseDirectory> directories;

    CaseDirectories(ObjectProvider<CaseDirectory> directories) {
        this.directories = directories;
    }

    /** The case if the user may act on it; 404 otherwise (not 403: he does not learn that it exists). */
    CaseSummary requireActionable(CurrentUser user, CaseRef ref) {
        return find(user, ref).orElseThrow(() -> new NotFoundException("案件", ref.key()));
    }

    Optional<CaseSummary> find(CurrentUser user, CaseRef ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return directories
                .orderedStream()
                .filter(d -> d.caseType() == ref.type())
                .findFirst()
                .flatMap(d -> d.find(user, ref.id()));
    }

    /** The cases the user may choose from, every track's, each newest first. */
    List<CaseSummary> actionableBy(CurrentUser user) {
        List<CaseSummary> all = new ArrayList<>();
        directories.orderedStream().forEach(d -> all.addAll(d.actionableBy(user, CHOOSER_LIMIT)));
        return all;
    }
}
