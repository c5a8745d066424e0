package cn.laborcase.intake;

import cn.laborcase.employer.EmployerView;
import cn.laborcase.intake.EmployerChoices.EmployerChoice;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.ComplaintRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One run of a registration's transaction (the caller opens it and retries on a lost race): the idempotency key, the
 * employer, the guard of the employer and matter, then a merge into the open duplicate or a new complaint.
 *
 * <p>The guard row is what makes the duplicate check correct without locking the office: every registration about
 * an employer and matter locks it (select ... for update) before it looks for an open complaint, so the second of two
 * identical registrations sees the first one's complaint once it is committed (条例 §13: one office handles an
 * employer, but an office no longer waits on itself). Registrations about other employers or matters do not wait.
 */
@Component
class RegistrationAttempt {

    private final ComplaintMapper mapper;
    private final EmployerChoices employers;
    private final IdempotentRegistrations idempotent;
    private final NewComplaints newComplaints;
    private final ComplaintMerges merges;
    private final RepeatedComplaints repeated;
    private final DataScope dataScope;

    RegistrationAttempt(
            ComplaintMapper mapper,
            EmployerChoices employers,
            IdempotentRegistrations idempotent,
            NewComplaints newComplaints,
            ComplaintMerges merges,
            RepeatedComplaints repeated,
            DataScope dataScope) {
        this.mapper = mapper;
        this.employers = employers;
        this.idempotent = idempotent;
        this.newComplaints = newComplaints;
        this.merges = merges;
        this.repeated = repeated;
        this.dataScope = dataScope;
    }

    Registration run(
            CurrentUser user,
            RegisterComplaintRequest request,
            String key,
            EmployerChoice choice,
            Instant now,
            List<String> warnings) {
        if (key != null) {
            Optional<Registration> earlier = idempotent.earlierOrClaim(user, key, request, now);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        EmployerChoices.Registered registered = employers.registered(choice);
        EmployerView employer = registered.employer();
        Filing filing = Filing.of(user, request, employer.id(), now);
        guard(employer.id(), filing.category());
        Optional<ComplaintRow> duplicate =
                mapper.findOpenDuplicate(employer.id(), filing.category().name());
        Registration answer = duplicate.isPresent()
                ? merges.merge(
                        user, filing, request, employer, new Complaint(duplicate.get()), registered.note(), warnings)
                : newComplaints.create(filing, request, employer, registered.note(), warnings);
        if (duplicate.isEmpty()) {
            repeated.check(user, employer, answer.id(), now);
        }
        if (key != null) {
            idempotent.answered(user, key, answer);
        }
        return answer;
    }

    /** The open complaint a registration about this employer and matter would join, as the user may know it. */
    Optional<String> openDuplicate(CurrentUser user, EmployerView employer, String category) {
        if (category == null
                || Arrays.stream(ComplaintCategory.values())
                        .noneMatch(c -> c.name().equals(category))) {
            return Optional.empty();
        }
        return mapper.findOpenDuplicate(employer.id(), category)
                .map(row ->
                        dataScope.canSee(user, Complaints.scope(row)) ? row.number() : Registration.MERGED_ELSEWHERE);
    }

    /** Locks the guard of the employer and matter, creating it on the first registration about them. */
    private void guard(long employerId, ComplaintCategory category) {
        if (mapper.lockMatter(employerId, category.name()).isEmpty()) {
            // a registration doing the same at once makes this insert wait for its commit and then fail with a
            // duplicate key: the caller runs this registration again, which then finds and locks the row
            mapper.insertMatter(employerId, category.name());
        }
    }
}
