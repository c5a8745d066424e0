package cn.laborcase.mediation;

import cn.laborcase.intake.ComplaintReferredToDispute;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules tell the mediation track, through the event publication registry (after their commit, in a
 * transaction of its own; delivered again if it fails). The id is the one intake fixed, so the referrals published
 * before this track existed arrive at its first start.
 */
@Component
class MediationListeners {

    private final MediationCases cases;

    MediationListeners(MediationCases cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener(id = ComplaintReferredToDispute.MEDIATION_LISTENER)
    void on(ComplaintReferredToDispute referred) {
        cases.openFromReferral(referred);
    }
}
