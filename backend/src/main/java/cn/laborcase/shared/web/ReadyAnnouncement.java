package cn.laborcase.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log, once everything has started, which address to open (issue 9 item 19): with two instances on one
 * machine, or a port from {@code LABORCASE_PORT}, the newcomer need not guess.
 */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    private final String contextPath;

    ReadyAnnouncement(@Value("${server.servlet.context-path:}") String contextPath) {
        this.contextPath = contextPath;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info(
                    "LaborCase 已就绪 (ready): http://localhost:{}{}/",
                    web.getWebServer().getPort(),
                    contextPath);
        }
    }
}
