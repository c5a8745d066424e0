package cn.laborcase.employer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At every start, the employers without a search key get theirs ({@link EmployerRegistry#fillMissingSearchKeys}). */
@Component
class SearchKeyBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchKeyBackfill.class);

    private final EmployerRegistry registry;

    SearchKeyBackfill(EmployerRegistry registry) {
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        int filled = registry.fillMissingSearchKeys();
        if (filled > 0) {
            log.info("filled the search key of {} employers", filled);
        }
    }
}
