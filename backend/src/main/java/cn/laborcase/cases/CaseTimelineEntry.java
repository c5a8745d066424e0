package cn.laborcase.cases;

import cn.laborcase.shared.BeijingTime;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One step on a case's timeline (办理过程): what, who, when, detail, in the owning module's wording.
 *
 * @param stepCode the owning module's code of the step, e.g. {@code ACCEPTED}
 * @param stepLabel its Chinese label as it was when written, e.g. 受理立案
 * @param actor the username, {@code system} for timers and the job executor
 * @param actorName the actor's display name when written
 */
public record CaseTimelineEntry(
        Instant occurredAt, String stepCode, String stepLabel, String actor, String actorName, String detail) {

    /** When, on the Beijing wall clock (as the page shows it). */
    public LocalDateTime beijingTime() {
        return LocalDateTime.ofInstant(occurredAt, BeijingTime.ZONE);
    }
}
