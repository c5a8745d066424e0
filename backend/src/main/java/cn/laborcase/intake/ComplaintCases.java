package cn.laborcase.intake;

import cn.laborcase.documents.CaseDirectory;
import cn.laborcase.documents.CaseSummary;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The complaints as cases of documents: the documents module offers a user only the complaints he may act on, and
 * accepts no other. Reads through {@link Complaints}, which applies data scope (a complaint the user may not see is
 * "not found").
 */
@Component
class ComplaintCases implements CaseDirectory {

    private final Complaints complaints;

    ComplaintCases(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public CaseType caseType() {
        return CaseType.COMPLAINT;
    }

    @Override
    public List<CaseSummary> actionableBy(CurrentUser user, int limit) {
        return complaints.page(user, new ComplaintFilter(null, null, 0, Math.min(limit, 100))).items().stream()
                .filter(c -> c.status() != ComplaintStatus.MERGED)
                .map(c -> new CaseSummary(
                        CaseRef.of(CaseType.COMPLAINT, c.id()),
                        c.number(),
                        c.employerName() + " · " + c.category().label(),
                        c.officeCode(),
                        c.gridCode()))
                .toList();
    }

    @Override
    public Optional<CaseSummary> find(CurrentUser user, long id) {
        try {
            ComplaintView c = complaints.get(user, new ComplaintId(id));
            if (c.status() == ComplaintStatus.MERGED) {
                return Optional.empty(); // its documents belong to the complaint it joined
            }
            return Optional.of(new CaseSummary(
                    CaseRef.of(CaseType.COMPLAINT, c.id()),
                    c.number(),
                    c.employer().name() + " · " + c.category().label(),
                    c.officeCode(),
                    c.gridCode()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
