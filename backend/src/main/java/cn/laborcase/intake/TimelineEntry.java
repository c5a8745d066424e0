package cn.laborcase.intake;

import cn.laborcase.shared.BeijingTime;
import java.time.Instant;
import java.time.LocalDateTime;

/** One step on a complaint's timeline: what, who, when, detail (as {@code fragments/case :: timeline} shows it). */
public record TimelineEntry(Instant occurredAt, TimelineStep step, String actor, String actorName, String detail) {

    public String stepLabel() {
        return step.label();
    }

    public String stepCode() {
        return step.name();
    }

    public LocalDateTime beijingTime() {
        return LocalDateTime.ofInstant(occurredAt, BeijingTime.ZONE);
    }
}
