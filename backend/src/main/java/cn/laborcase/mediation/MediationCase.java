package cn.laborcase.mediation;

import cn.laborcase.mediation.persistence.MediationCaseRow;
import cn.laborcase.shared.ConflictException;

/**
 * A mediation case (调解案件) as its steps see it: each step names the state it needs, and a case in another state is
 * refused with a 409 that names the case and its state.
 */
record MediationCase(long id, String number, MediationStatus status) {

    static MediationCase of(MediationCaseRow row) {
        return new MediationCase(row.id(), row.caseNumber(), MediationStatus.valueOf(row.status()));
    }

    /** @throws ConflictException if the case is not in the state the step needs */
    void require(MediationStatus needed, String step) {
        if (status != needed) {
            throw new ConflictException(
                    "MEDIATION_STATE",
                    "调解案件 " + (number == null ? "#" + id : number) + " 当前为「" + status.label() + "」，不能" + step);
        }
    }
}
