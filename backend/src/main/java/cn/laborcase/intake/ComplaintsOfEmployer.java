package cn.laborcase.intake;

import cn.laborcase.employer.EmployerRecordSource;
import cn.laborcase.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/** The 投诉举报 section of the employer's page: the complaints against it the viewer may see, newest first. */
@Component
class ComplaintsOfEmployer implements EmployerRecordSource {

    private final ComplaintList list;

    ComplaintsOfEmployer(ComplaintList list) {
        this.list = list;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "投诉举报";
    }

    @Override
    public List<Line> recordsOf(long employerId, CurrentUser viewer, int limit) {
        return list.ofEmployer(viewer, employerId, -1).stream()
                .limit(limit)
                .map(s -> new Line(
                        s.number(),
                        s.kind().label() + " · " + s.category().label() + " · " + s.complainants(),
                        s.status().label(),
                        s.receivedAt(),
                        "/complaints/" + s.id()))
                .toList();
    }
}
