package cn.laborcase.arbitration;

import cn.laborcase.intake.ComplaintReferredToDispute;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules tell the arbitration track, through the event publication registry (after their commit, in a
 * transaction of its own; delivered again if it fails). The id is the one intake fixed, so the referrals published
 * before this listener existed arrive at its first start.
 */
@Component
class ArbitrationListeners {

    private final ArbitrationSources sources;

    ArbitrationListeners(ArbitrationSources sources) {
        this.sources = sources;
    }

    @ApplicationModuleListener(id = ComplaintReferredToDispute.ARBITRATION_LISTENER)
    void on(ComplaintReferredToDispute referred) {
        sources.record(referred);
    }
}
