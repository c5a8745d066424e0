package cn.laborcase.intake.process;

import cn.laborcase.intake.ComplaintId;
import cn.laborcase.intake.ComplaintReview;
import cn.laborcase.intake.ReviewOutcome;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.TaskScope;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.workflow.TaskFormRule;
import cn.laborcase.workflow.TaskView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules across the fields of the intake's task forms: what each review decision needs (a refusal its reason, a
 * 补正 its items, a referral its target), whom a leader may reassign the review to, and that 补正 material cannot
 * have arrived in the future. Checked by the task inbox before the task completes, so a half-filled decision never
 * reaches the process.
 */
@Component
class ReviewFormRules implements TaskFormRule {

    static final String REASSIGN = "REASSIGN";
    static final String DECIDE = "DECIDE";

    private final ComplaintReview review;
    private final UserLookup users;
    private final DataScope dataScope;
    private final Clock clock;

    ReviewFormRules(ComplaintReview review, UserLookup users, DataScope dataScope, Clock clock) {
        this.clock = clock;
        this.review = review;
        this.users = users;
        this.dataScope = dataScope;
    }

    @Override
    public Set<String> formIds() {
        return Set.of(
                ComplaintIntakeProcess.REVIEW_FORM,
                ComplaintIntakeProcess.OVERDUE_FORM,
                ComplaintIntakeProcess.CORRECTION_FORM);
    }

    @Override
    public List<FieldProblem> check(TaskView task, Map<String, Object> values) {
        return switch (task.taskDefinitionKey()) {
            case ComplaintIntakeProcess.REVIEW -> outcome(values).problems();
            case ComplaintIntakeProcess.HANDLE_OVERDUE -> overdue(task, values);
            case ComplaintIntakeProcess.RECORD_CORRECTION -> correction(values);
            default -> List.of();
        };
    }

    private List<FieldProblem> overdue(TaskView task, Map<String, Object> values) {
        Object action = values.get(ComplaintIntakeProcess.OVERDUE_ACTION);
        if (DECIDE.equals(action)) {
            return outcome(values).problems();
        }
        if (!REASSIGN.equals(action)) {
            return List.of(new FieldProblem(ComplaintIntakeProcess.OVERDUE_ACTION, "NotBlank", "请选择改派或直接决定"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Object to = values.get(ComplaintIntakeProcess.REASSIGN_TO);
        TaskView reviewTask = review.reviewTask(ComplaintId.of(task.businessKey()));
        TaskScope unclaimed =
                new TaskScope(null, Set.copyOf(reviewTask.candidateGroups()), task.officeCode(), task.gridCode());
        Optional<CurrentUser> target = to == null ? Optional.empty() : users.findActive(to.toString());
        if (to == null) {
            problems.add(new FieldProblem(ComplaintIntakeProcess.REASSIGN_TO, "NotBlank", "请选择改派给哪位监察员"));
        } else if (target.isEmpty() || !dataScope.canWork(target.get(), unclaimed)) {
            problems.add(new FieldProblem(
                    ComplaintIntakeProcess.REASSIGN_TO, "NotEligible", "「" + to + "」不是可办理该网格受理审查的在职监察员"));
        } else if (target.get().username().equals(reviewTask.assignee())) {
            problems.add(new FieldProblem(
                    ComplaintIntakeProcess.REASSIGN_TO,
                    "AlreadyAssignee",
                    "受理审查已在 " + target.get().displayName() + " 名下"));
        }
        if (values.get(ComplaintIntakeProcess.REASSIGN_REASON) == null) {
            problems.add(new FieldProblem(ComplaintIntakeProcess.REASSIGN_REASON, "NotBlank", "请填写改派理由"));
        }
        return problems;
    }

    private List<FieldProblem> correction(Map<String, Object> values) {
        Object receivedOn = values.get(ComplaintIntakeProcess.CORRECTION_RECEIVED_ON);
        if (receivedOn != null && LocalDate.parse(receivedOn.toString()).isAfter(BeijingTime.today(clock))) {
            return List.of(new FieldProblem(ComplaintIntakeProcess.CORRECTION_RECEIVED_ON, "Future", "补正材料收到日期不能晚于今天"));
        }
        return List.of();
    }

    private static ReviewOutcome outcome(Map<String, Object> values) {
        return ReviewOutcome.of(
                values.get(ReviewOutcome.DECISION),
                values.get(ReviewOutcome.REFUSAL_REASON),
                values.get(ReviewOutcome.DECISION_TEXT),
                values.get(ReviewOutcome.CORRECTION_ITEMS),
                values.get(ReviewOutcome.REFERRAL_TARGET),
                values.get(ReviewOutcome.REFERRAL_DEPARTMENT));
    }
}
