package cn.laborcase.inspection;

import cn.laborcase.audit.AuditTargetNames;
import cn.laborcase.cases.CaseNaming;
import cn.laborcase.documents.CaseDirectory;
import cn.laborcase.documents.CaseSummary;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The inspection cases as other modules see them: the documents module offers a user only the open cases he may act
 * on (house style 25) and accepts no other; other screens ({@code @caseNames}) and the audit journal name a case by
 * its number. Reads through {@link InspectionCaseQueries}, which applies data scope.
 */
@Component
class InspectionCaseDirectory implements CaseDirectory, CaseNaming, AuditTargetNames {

    /** The audit journal's target type of an inspection case. */
    static final String TARGET = CaseType.INSPECTION_CASE.name();

    private final InspectionCaseQueries cases;

    InspectionCaseDirectory(InspectionCaseQueries cases) {
        this.cases = cases;
    }

    @Override
    public CaseType caseType() {
        return CaseType.INSPECTION_CASE;
    }

    @Override
    public List<CaseSummary> actionableBy(CurrentUser user, int limit) {
        return cases.open(user, Math.max(1, Math.min(limit, 100))).items().stream()
                .map(c -> new CaseSummary(
                        CaseRef.of(CaseType.INSPECTION_CASE, c.id()),
                        c.number(),
                        c.employerName() + " · " + c.statusLabel(),
                        c.officeCode(),
                        c.gridCode()))
                .toList();
    }

    /** An open case the user may see; a closed, refused or withdrawn case takes no more documents. */
    @Override
    public Optional<CaseSummary> find(CurrentUser user, long id) {
        try {
            InspectionCaseView c = cases.get(user, id);
            if (c.ended()) {
                return Optional.empty();
            }
            return Optional.of(new CaseSummary(
                    c.ref(), c.number(), c.employer().name() + " · " + c.statusLabel(), c.officeCode(), c.gridCode()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> number(long id) {
        return Optional.ofNullable(cases.numbers(List.of(id)).get(id));
    }

    @Override
    public String targetType() {
        return TARGET;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numeric = ids.stream()
                .filter(id -> id != null && id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .distinct()
                .toList();
        return cases.numbers(numeric).entrySet().stream()
                .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue));
    }
}
