package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.TaskScope;
import cn.laborcase.security.UserLookup;
import cn.laborcase.workflow.FormField;
import cn.laborcase.workflow.TaskFormOptions;
import cn.laborcase.workflow.TaskView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whom a leader may give an overdue 受理审查 to (the {@code complaint-overdue} form's 改派给): the active inspectors who
 * may work the review in its grid, by name and title, without the one who holds it now. {@link ReviewFormRules} checks
 * the same rule again when the form is submitted.
 */
@Component
class ReassignableInspectors implements TaskFormOptions {

    static final String KEY = "reassignableInspectors";

    private final ComplaintReview review;
    private final OrganizationDirectory directory;
    private final UserLookup users;
    private final DataScope dataScope;

    ReassignableInspectors(
            ComplaintReview review, OrganizationDirectory directory, UserLookup users, DataScope dataScope) {
        this.review = review;
        this.directory = directory;
        this.users = users;
        this.dataScope = dataScope;
    }

    @Override
    public String valuesKey() {
        return KEY;
    }

    @Override
    public List<FormField.Option> options(TaskView task) {
        TaskView reviewTask = review.reviewTask(ComplaintId.of(task.businessKey()));
        TaskScope unclaimed =
                new TaskScope(null, Set.copyOf(reviewTask.candidateGroups()), task.officeCode(), task.gridCode());
        return directory.colleagues(reviewTask.candidateGroups(), null).stream()
                .filter(c -> !c.username().equals(reviewTask.assignee()))
                .filter(c -> eligible(c, unclaimed))
                .map(c -> new FormField.Option(label(c), c.username()))
                .toList();
    }

    private boolean eligible(Colleague colleague, TaskScope scope) {
        Optional<CurrentUser> user = users.findActive(colleague.username());
        return user.isPresent() && dataScope.canWork(user.get(), scope);
    }

    private static String label(Colleague c) {
        return c.title() == null || c.title().isBlank() ? c.displayName() : c.displayName() + "（" + c.title() + "）";
    }
}
