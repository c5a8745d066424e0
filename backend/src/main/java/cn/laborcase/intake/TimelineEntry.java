package cn.laborcase.intake;

import java.time.Instant;

/** One step on a complaint's timeline: what, who, when, detail. */
public record TimelineEntry(Instant occurredAt, TimelineStep step, String actor, String actorName, String detail) {

    public String stepLabel() {
        return step.label();
    }
}
