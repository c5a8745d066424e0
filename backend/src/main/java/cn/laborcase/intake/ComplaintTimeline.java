package cn.laborcase.intake;

import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.TimelineRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Writes and reads a complaint's timeline: every step with who and when, in the transaction of the step. */
@Component
class ComplaintTimeline {

    /** The actor of steps nobody did by hand: timers, the job executor. */
    static final String SYSTEM = "system";

    private static final int MAX_DETAIL = 1000;

    private final ComplaintMapper mapper;
    private final UserLookup users;
    private final Clock clock;

    ComplaintTimeline(ComplaintMapper mapper, UserLookup users, Clock clock) {
        this.mapper = mapper;
        this.users = users;
        this.clock = clock;
    }

    Instant now() {
        return Instant.now(clock);
    }

    void record(long complaintId, TimelineStep step, String actor, String detail) {
        String who = actor == null || actor.isBlank() ? SYSTEM : actor;
        mapper.insertTimeline(
                new TimelineRow(null, complaintId, now(), step.name(), who, nameOf(who), truncate(detail)));
    }

    List<TimelineEntry> of(long complaintId) {
        return mapper.findTimeline(complaintId).stream()
                .map(r -> new TimelineEntry(
                        r.occurredAt(), TimelineStep.valueOf(r.step()), r.actor(), r.actorName(), r.detail()))
                .toList();
    }

    String nameOf(String username) {
        if (username == null || SYSTEM.equals(username)) {
            return "系统";
        }
        return users.findActive(username).map(CurrentUser::displayName).orElse(username);
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
    }
}
