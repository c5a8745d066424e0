package cn.laborcase.documents;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Remembers the documents module's events for the tests (part of the shared test context). */
@Component
class DocumentEventsProbe {

    final List<DocumentIssued> issued = new CopyOnWriteArrayList<>();
    final List<DocumentServed> served = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DocumentIssued event) {
        issued.add(event);
    }

    @EventListener
    void on(DocumentServed event) {
        served.add(event);
    }
}
