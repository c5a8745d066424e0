package cn.laborcase.inspection;

import cn.laborcase.employer.EmployerGrades;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A case closed with an administrative penalty or a criminal referral proposes grade C (《企业劳动保障守法诚信等级评价
 * 办法》, 人社部规〔2016〕1号); a criminal referral (suspected 拒不支付劳动报酬罪) also proposes the 失信联合惩戒名单
 * entry of three years (《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》, 人社部令第45号). It is only a proposal: a
 * leader of the employer's office confirms or rejects it on 守法诚信等级 (employer module), who weighs what the measures
 * require. A 行政处理决定 alone (wages paid on order) proposes nothing. One proposal per case, however often the event
 * arrives (docs/inspection.md, "Conservative readings").
 */
@Component
class IntegrityGradeProposals {

    static final String LISTENER = "laborcase.inspection.integrity-grade-proposal";

    private final EmployerGrades grades;

    IntegrityGradeProposals(EmployerGrades grades) {
        this.grades = grades;
    }

    @ApplicationModuleListener(id = LISTENER)
    void on(InspectionCaseClosed closed) {
        if (!closed.penaltyImposed() && !closed.criminalReferral()) {
            return;
        }
        CaseRef source = CaseRef.of(CaseType.INSPECTION_CASE, closed.caseId());
        if (grades.proposedFrom(source)) {
            return;
        }
        String reason = closed.criminalReferral()
                ? "监察案件" + closed.caseNumber() + "涉嫌拒不支付劳动报酬罪，已移送公安机关（" + closed.closedOn() + "结案）"
                : "监察案件" + closed.caseNumber() + "依法给予行政处罚（" + closed.closedOn() + "结案）";
        grades.propose(closed.employerId(), "C", reason, source, "system", closed.criminalReferral());
    }
}
