package cn.laborcase.inspection;

import cn.laborcase.employer.EmployerRisk;
import cn.laborcase.employer.RiskSignal;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An order not complied with is an early-warning signal of the employer (预警, seed 001: 重点排查可能发生欠薪逃逸的企业):
 * its risk level rises, and at HIGH it goes on the watch list and its grid's inspectors are told (employer module,
 * {@code laborcase.employer.risk}).
 */
@Component
class EarlyWarningSignals {

    static final String LISTENER = "laborcase.inspection.order-not-complied-signal";

    private final EmployerRisk risk;

    EarlyWarningSignals(EmployerRisk risk) {
        this.risk = risk;
    }

    @ApplicationModuleListener(id = LISTENER)
    void on(InspectionOrderNotComplied event) {
        risk.signal(
                event.employerId(),
                RiskSignal.ORDER_NOT_COMPLIED,
                "监察案件" + event.caseNumber() + "：逾期未履行" + event.order(),
                CaseRef.of(CaseType.INSPECTION_CASE, event.caseId()),
                "system");
    }
}
