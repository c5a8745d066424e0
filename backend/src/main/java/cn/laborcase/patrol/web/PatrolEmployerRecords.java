package cn.laborcase.patrol.web;

import cn.laborcase.employer.EmployerRecordSource;
import cn.laborcase.patrol.PatrolItemView;
import cn.laborcase.patrol.PatrolRecords;
import cn.laborcase.patrol.WrittenReviews;
import cn.laborcase.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The employer page's section 巡视检查: the employer's patrols and written reviews the viewer may see. */
@Component
class PatrolEmployerRecords implements EmployerRecordSource {

    private final PatrolRecords records;
    private final WrittenReviews reviews;

    PatrolEmployerRecords(PatrolRecords records, WrittenReviews reviews) {
        this.records = records;
        this.reviews = reviews;
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
        List<Line> lines = new java.util.ArrayList<>();
        records.ofEmployer(viewer, employerId, limit).forEach(i -> lines.add(line(i)));
        reviews.ofEmployer(viewer, employerId, limit)
                .forEach(r -> lines.add(new Line(
                        r.label(),
                        r.submittedOn() == null ? "尚未报送材料" : "已报送材料" + (r.onsiteCheck() ? "，实地核查" : ""),
                        r.reviewed() ? "建议" + r.proposedGrade() + "级" + (r.caseOpened() ? "，立案查处" : "") : "待审查",
                        r.reviewedAt(),
                        "/written-reviews/reviews/" + r.id())));
        return lines.stream().limit(limit).toList();
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
