package cn.laborcase.inspection;

import cn.laborcase.employer.EmployerMoveCheck;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.persistence.InspectionCaseRow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * An open inspection case stays with the office that filed it (管辖恒定: the 立案 office keeps the case until it is
 * closed or transferred by a 案件移送书): its cases follow the employer to a new grid of the same office, but the
 * employer cannot move to another office's grid while one is open. The conservative reading, docs/inspection.md.
 */
@Component
class InspectionJurisdiction implements EmployerMoveCheck {

    private final InspectionCaseMapper cases;

    InspectionJurisdiction(InspectionCaseMapper cases) {
        this.cases = cases;
    }

    @Override
    public Optional<String> objectionToOfficeChange(long employerId, String fromOfficeCode, String toOfficeCode) {
        List<InspectionCaseRow> open = cases.openOfEmployer(employerId);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        String numbers = open.stream()
                .map(r -> r.caseNumber() == null ? "待立案" : r.caseNumber())
                .collect(Collectors.joining("、"));
        return Optional.of("该单位有 " + open.size() + " 件在办监察案件（" + numbers + "），由原机构立案管辖；须结案或依法移送后，才能调整到其他机构的网格");
    }
}
