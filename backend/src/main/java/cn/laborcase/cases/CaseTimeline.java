package cn.laborcase.cases;

import cn.laborcase.cases.persistence.CaseTimelineMapper;
import cn.laborcase.cases.persistence.TimelineRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.CaseRef;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of every case (办理过程): who did what when, appended by the owning module in the transaction of the
 * step (a step that rolls back leaves no entry) and shown on the case page by {@code fragments/case :: timeline}.
 *
 * <p>The kernel knows no track's steps: the module passes its step code and Chinese label, and the label is stored
 * with the entry.
 */
@Service
public class CaseTimeline {

    /** The actor of steps nobody did by hand: timers, the job executor. */
    public static final String SYSTEM = "system";

    private static final int MAX_DETAIL = 1000;
    private static final int MAX_CODE = 40;

    private final CaseTimelineMapper mapper;
    private final UserLookup users;
    private final Clock clock;

    CaseTimeline(CaseTimelineMapper mapper, UserLookup users, Clock clock) {
        this.mapper = mapper;
        this.users = users;
        this.clock = clock;
    }

    /** The instant a step recorded now carries (the application's clock). */
    public Instant now() {
        return Instant.now(clock);
    }

    /**
     * Appends a step to the case's timeline in the caller's transaction.
     *
     * @param actor a username; blank or {@code null} for the system
     * @param detail free text in the case's own wording, cut at 1000 characters
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CaseRef ref, String stepCode, String stepLabel, String actor, String detail) {
        Objects.requireNonNull(ref, "a timeline entry names its case");
        if (stepCode == null || stepCode.isBlank() || stepCode.length() > MAX_CODE) {
            throw new IllegalArgumentException("a step code of 1–40 characters: " + stepCode);
        }
        if (stepLabel == null || stepLabel.isBlank() || stepLabel.length() > MAX_CODE) {
            throw new IllegalArgumentException("a step label of 1–40 characters: " + stepLabel);
        }
        String who = actor == null || actor.isBlank() ? SYSTEM : actor;
        mapper.insert(new TimelineRow(
                null,
                ref.type().name(),
                ref.id(),
                now(),
                stepCode,
                stepLabel,
                who,
                cut(nameOf(who), 50),
                cut(detail, MAX_DETAIL)));
    }

    /** The case's timeline, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseTimelineEntry> of(CaseRef ref) {
        return entries(mapper.find(ref.type().name(), ref.id()));
    }

    /** The entries of the case with one of the step codes, oldest first (e.g. "was the emergency reported?"). */
    @Transactional(readOnly = true)
    public List<CaseTimelineEntry> steps(CaseRef ref, List<String> stepCodes) {
        if (stepCodes.isEmpty()) {
            return List.of();
        }
        return entries(mapper.findSteps(ref.type().name(), ref.id(), stepCodes));
    }

    /** Whether the case's timeline has an entry with the step code. */
    @Transactional(readOnly = true)
    public boolean has(CaseRef ref, String stepCode) {
        return !steps(ref, List.of(stepCode)).isEmpty();
    }

    /** The display name of a staff member (as of now), 系统 for the system, the username if he is gone. */
    public String nameOf(String username) {
        if (username == null || SYSTEM.equals(username)) {
            return "系统";
        }
        return users.findActive(username).map(CurrentUser::displayName).orElse(username);
    }

    private static List<CaseTimelineEntry> entries(List<TimelineRow> rows) {
        return rows.stream()
                .map(r -> new CaseTimelineEntry(
                        r.occurredAt(), r.step(), r.stepLabel(), r.actor(), r.actorName(), r.detail()))
                .toList();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
