package cn.laborcase.cases;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalApplicationListener;

/**
 * Publishes a module's events to the other modules through Spring Modulith's event publication registry, in the
 * caller's transaction: each {@code @ApplicationModuleListener} gets a row in {@code event_publication}, is called
 * after commit and, if it fails, is called again at the next start (or by {@code IncompleteEventPublications}).
 *
 * <p>A track is often built after the track whose events it needs. Modulith records publications only for listeners
 * that exist when the event is published, so an event published today would never reach the track deployed next
 * month. The publisher therefore names the listener ids it is <em>awaiting</em> (fixed constants on the event, e.g.
 * {@code WageEmergencyReported.EMERGENCY_LISTENER}); for every awaited id that no listener of this application has
 * yet, an incomplete publication is written for it. Modulith leaves such a publication alone ("listener not found")
 * until a listener with that id starts, which then receives every event since the first.
 */
@Service
public class CaseEvents {

    private final ApplicationEventPublisher publisher;
    private final EventPublicationRepository publications;
    private final ApplicationContext context;
    private final Clock clock;
    private volatile Set<String> listenerIds;

    CaseEvents(
            ApplicationEventPublisher publisher,
            EventPublicationRepository publications,
            ApplicationContext context,
            Clock clock) {
        this.publisher = publisher;
        this.publications = publications;
        this.context = context;
        this.clock = clock;
    }

    /**
     * Publishes the event in the caller's transaction.
     *
     * @param awaitedListeners ids of listeners that are to receive it even if their module is not deployed yet
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(Object event, String... awaitedListeners) {
        publisher.publishEvent(event);
        Set<String> present = listenerIds();
        for (String id : awaitedListeners) {
            if (!present.contains(id)) {
                publications.create(
                        TargetEventPublication.of(event, PublicationTargetIdentifier.of(id), clock.instant()));
            }
        }
    }

    /** Whether a listener with the id is registered in this application. */
    public boolean hasListener(String id) {
        return listenerIds().contains(id);
    }

    private Set<String> listenerIds() {
        Set<String> ids = listenerIds;
        if (ids == null) {
            // listeners are all registered once the context is refreshed; events are published only after that
            ids = ((AbstractApplicationContext) context)
                    .getApplicationListeners().stream()
                            .map(CaseEvents::idOf)
                            .filter(id -> !id.isEmpty())
                            .collect(Collectors.toUnmodifiableSet());
            listenerIds = ids;
        }
        return ids;
    }

    private static String idOf(Object listener) {
        if (listener instanceof TransactionalApplicationListener<?> t) {
            return t.getListenerId();
        }
        if (listener instanceof SmartApplicationListener s) {
            return s.getListenerId();
        }
        return "";
    }
}
