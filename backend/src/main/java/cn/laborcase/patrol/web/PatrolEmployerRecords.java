package cn.laborcase.patrol.web;

import cn.laborcase.employer.EmployerRecordSource;
import cn.laborcase.patrol.PatrolItemView;
import cn.laborcase.patrol.PatrolRecords;
import cn.laborcase.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The employer page's section 巡视检查: the employer's patrols the viewer may see, newest first. */
@Component
class PatrolEmployerRecords implements EmployerRecordSource {

    private final PatrolRecords records;

    PatrolEmployerRecords(PatrolRecords records) {
        this.records = records;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title() {
        return "巡视检查";
    }

    @Override
    public List<Line> recordsOf(long employerId, CurrentUser viewer, int limit) {
        return records.ofEmployer(viewer, employerId, limit).stream()
                .map(PatrolEmployerRecords::line)
                .toList();
    }

    private static Line line(PatrolItemView i) {
        return new Line(
                i.label(),
                i.reasonLabel() + "，检查人员 " + String.join("、", i.inspectorNames()),
                i.recorded() ? i.resultLabel() : i.stateLabel(),
                i.recordedAt(),
                "/patrols/" + i.id());
    }
}
