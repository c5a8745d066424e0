package cn.laborcase.cases;

import cn.laborcase.intake.WageEmergencyReported;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A listener of another module as a track will write one, registered in the tests' application context (scanned
 * from the test classes; Modulith runs it asynchronously after commit, in a transaction of its own): it records
 * what it received, whether the publisher's transaction had committed by then, and fails for the complaints it is
 * told to (as a listener whose database or mail server is down).
 */
@Component
class WageEmergencyProbe {

    static final String ID = "test.wage-emergency-probe";

    // the bean is a proxy (async, transactional): tests use the methods, never the fields
    private final List<WageEmergencyReported> received = new CopyOnWriteArrayList<>();
    private final Set<Long> failFor = ConcurrentHashMap.newKeySet();
    private final Set<Long> sawOwnTransaction = ConcurrentHashMap.newKeySet();
    private final Set<Long> attempted = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener(id = ID)
    void on(WageEmergencyReported event) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            sawOwnTransaction.add(event.complaintId());
        }
        attempted.add(event.complaintId());
        if (failFor.contains(event.complaintId())) {
            throw new IllegalStateException("probe fails for " + event.complaintId());
        }
        received.add(event);
    }

    boolean received(long complaintId) {
        return received.stream().anyMatch(e -> e.complaintId() == complaintId);
    }

    boolean attempted(long complaintId) {
        return attempted.contains(complaintId);
    }

    boolean sawOwnTransaction(long complaintId) {
        return sawOwnTransaction.contains(complaintId);
    }

    void failFor(long complaintId) {
        failFor.add(complaintId);
    }

    void stopFailing(long complaintId) {
        failFor.remove(complaintId);
    }
}
