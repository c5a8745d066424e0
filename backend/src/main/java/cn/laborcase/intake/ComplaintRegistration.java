package cn.laborcase.intake;

import cn.laborcase.employer.EmployerView;
import cn.laborcase.intake.EmployerChoices.EmployerChoice;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers complaints and reports (登记): validates, finds or adds the employer, merges a duplicate into the open
 * complaint about the same employer and matter, or numbers, routes and starts the review of a new one, all in one
 * transaction: nothing is half-written.
 *
 * <p>Identical registrations at once are safe and do not fail: the duplicate check runs under the guard of the
 * employer and matter (so one creates, the others merge), and a registration that loses a race to add the same new
 * employer or guard row (a unique-key conflict) is run again, a bounded number of times, and then merges. The retry
 * needs a transaction of its own per attempt: called inside a caller's transaction (as some tests do), a lost race
 * fails that transaction instead.
 */
@Service
public class ComplaintRegistration {

    static final String TARGET = "COMPLAINT";
    static final String DEADLINE_OWNER = "COMPLAINT";
    static final String ACCEPTANCE_RULE = "INTAKE_ACCEPTANCE";
    static final int ATTEMPTS = 5;
    /**
     * Registrations in flight on this node. A registration holds a database connection and takes a second, briefly,
     * for its number; while many wait behind the guard of one employer, the one that holds it must still get that
     * second connection from the pool (10 by default), so fewer registrations than connections run at once.
     */
    static final int IN_FLIGHT = 4;

    private final RegistrationAttempt attempt;
    private final EmployerChoices employers;
    private final ComplaintTimeline timeline;
    private final DataScope dataScope;
    private final TransactionTemplate transaction;
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT, true);

    ComplaintRegistration(
            RegistrationAttempt attempt,
            EmployerChoices employers,
            ComplaintTimeline timeline,
            DataScope dataScope,
            PlatformTransactionManager transactions) {
        this.attempt = attempt;
        this.employers = employers;
        this.timeline = timeline;
        this.dataScope = dataScope;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Registration register(CurrentUser user, RegisterComplaintRequest request) {
        return register(user, request, null);
    }

    /**
     * @param idempotencyKey the sender's key for this registration (the desk form's hidden field, the API's
     *     {@code Idempotency-Key} header), or null: the same key and request answer the first answer again
     */
    public Registration register(CurrentUser user, RegisterComplaintRequest request, String idempotencyKey) {
        if (!dataScope.canRegisterComplaints(user)) {
            throw new ForbiddenException("NOT_INTAKE", "您没有登记举报投诉的权限");
        }
        IdempotentRegistrations.check(idempotencyKey);
        Instant now = timeline.now();
        List<FieldProblem> problems = new ArrayList<>(ComplaintValidation.problemsOf(request, now));
        EmployerChoice employer = problems.stream().anyMatch(p -> p.field().startsWith("employer"))
                ? null
                : employers.choose(request.employer(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> warnings = ComplaintValidation.warningsOf(request, BeijingTime.dateOf(now));
        inFlight.acquireUninterruptibly();
        try {
            for (int i = 1; ; i++) {
                try {
                    return transaction.execute(
                            status -> attempt.run(user, request, idempotencyKey, employer, now, warnings));
                } catch (DuplicateKeyException | PessimisticLockingFailureException lostRace) {
                    // another registration added the same employer, guard row or key first and has committed now
                    if (i == ATTEMPTS) {
                        throw lostRace;
                    }
                }
            }
        } finally {
            inFlight.release();
        }
    }

    /**
     * What the desk sees before confirming: the open complaint this registration would be merged into, by number if
     * the user may see it; empty when it would be a complaint of its own.
     */
    public Optional<String> mergePreview(CurrentUser user, String creditCode, String category) {
        return employers.find(creditCode).flatMap(e -> attempt.openDuplicate(user, e, category));
    }

    /** The form's check of one field as the clerk types (the same rules as {@link #register}). */
    public Optional<String> problemOfField(String field, String value) {
        return ComplaintValidation.problemOfField(field, value, timeline.now());
    }

    /** The employer of a credit code from the master record, for the form to fill in name, address and grid. */
    public Optional<EmployerView> lookupEmployer(String creditCode) {
        return employers.find(creditCode);
    }

    static String caseTitle(String number, EmployerView employer, ComplaintCategory category) {
        return number + " " + employer.name() + " " + category.label();
    }
}
