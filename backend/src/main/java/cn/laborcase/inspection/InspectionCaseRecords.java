package cn.laborcase.inspection;

import cn.laborcase.employer.EmployerRecordSource;
import cn.laborcase.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The employer page's section 监察案件: the employer's inspection cases the viewer may see, newest first. */
@Component
class InspectionCaseRecords implements EmployerRecordSource {

    private final InspectionCaseQueries cases;

    InspectionCaseRecords(InspectionCaseQueries cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title() {
        return "监察案件";
    }

    @Override
    public List<Line> recordsOf(long employerId, CurrentUser viewer, int limit) {
        return cases.ofEmployer(viewer, employerId, limit).stream()
                .map(c -> new Line(
                        c.number(),
                        c.originLabel() + (c.gridName() == null ? "" : " · " + c.gridName()),
                        c.statusLabel(),
                        c.openedAt(),
                        "/inspection-cases/" + c.id()))
                .toList();
    }
}
