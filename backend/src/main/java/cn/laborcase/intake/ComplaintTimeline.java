package cn.laborcase.intake;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.cases.CaseTimelineEntry;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** A complaint's steps on the kernel's case timeline ({@link CaseTimeline}), in intake's wording. */
@Component
class ComplaintTimeline {

    /** The actor of steps nobody did by hand: timers, the job executor. */
    static final String SYSTEM = CaseTimeline.SYSTEM;

    private final CaseTimeline timeline;

    ComplaintTimeline(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    Instant now() {
        return timeline.now();
    }

    void record(long complaintId, TimelineStep step, String actor, String detail) {
        timeline.record(ref(complaintId), step.name(), step.label(), actor, detail);
    }

    List<TimelineEntry> of(long complaintId) {
        return timeline.of(ref(complaintId)).stream()
                .map(ComplaintTimeline::entry)
                .toList();
    }

    /** Whether the complaint's timeline has the step. */
    boolean has(long complaintId, TimelineStep step) {
        return timeline.has(ref(complaintId), step.name());
    }

    /** The complaint's entries of the steps, oldest first. */
    List<TimelineEntry> steps(long complaintId, List<TimelineStep> steps) {
        return timeline.steps(ref(complaintId), steps.stream().map(Enum::name).toList()).stream()
                .map(ComplaintTimeline::entry)
                .toList();
    }

    /**
     * The events the complaint published, oldest first, for its page: each is a step of its timeline. Whether a
     * track's listener completed one is in {@code event_publication}; no track listens yet, so none is shown as
     * received.
     */
    List<ComplaintView.IntakeEventView> publishedEvents(long complaintId) {
        return steps(complaintId, List.of(TimelineStep.EMERGENCY_REPORTED, TimelineStep.ACCEPTED)).stream()
                .map(e -> new ComplaintView.IntakeEventView(
                        (e.step() == TimelineStep.ACCEPTED ? ComplaintAccepted.class : WageEmergencyReported.class)
                                .getSimpleName(),
                        e.occurredAt(),
                        false,
                        null))
                .toList();
    }

    String nameOf(String username) {
        return timeline.nameOf(username);
    }

    private static TimelineEntry entry(CaseTimelineEntry e) {
        return new TimelineEntry(
                e.occurredAt(), TimelineStep.valueOf(e.stepCode()), e.actor(), e.actorName(), e.detail());
    }

    static CaseRef ref(long complaintId) {
        return CaseRef.of(CaseType.COMPLAINT, complaintId);
    }
}
