package cn.laborcase.mediation;

/** The steps of a mediation case on its timeline, with the label stored with each entry. */
enum MediationStep {
    REFERRED("移送调解"),
    REGISTERED("登记调解申请"),
    SESSION("调解"),
    AGREED("达成调解协议"),
    TERMINATED("终止调解"),
    FAILED("调解期满未达成协议"),
    CONFIRMATION_REQUESTED("申请仲裁审查"),
    DOCUMENT_ISSUED("出具文书"),
    DOCUMENT_SERVED("送达文书"),
    CORRECTED("更正当事人信息和调解请求"),
    REVIEWER_ASSIGNED("指定仲裁审查仲裁员"),
    CONFIRMED("仲裁审查确认，出具仲裁调解书"),
    CONFIRMATION_REFUSED("仲裁审查不予制作调解书");

    private final String label;

    MediationStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
