package cn.laborcase.arbitration;

/** The steps an arbitration case's timeline records, with their Chinese labels. */
enum ArbitrationStep {
    REGISTERED("收件登记"),
    SUPPLEMENT_REQUESTED("通知补正"),
    SUPPLEMENT_COMPLETED("材料补正"),
    ACCEPTED("受理"),
    REFUSED("不予受理"),
    ANSWER_NOTICE_ISSUED("送达应诉通知书"),
    RESPONDENT_SERVED("被申请人签收"),
    ANSWER_PERIOD_ENDED("答辩期届满"),
    TRIBUNAL_COMPOSED("组成仲裁庭"),
    AWAITING_HEARING("待安排开庭"),
    HEARING_SCHEDULED("安排开庭"),
    HEARING_RESCHEDULED("变更开庭"),
    HEARING_CANCELLED("取消开庭"),
    HEARING_POSTPONEMENT_REQUESTED("延期开庭申请"),
    HEARING_POSTPONEMENT_REFUSED("不准予延期开庭"),
    HEARING_POSTPONED("延期开庭"),
    HEARING_HELD("开庭审理"),
    HEARING_APPLICANT_ABSENT("申请人未到庭"),
    HEARING_RESPONDENT_ABSENT("被申请人未到庭"),
    HEARING_RECORD_FILED("庭审笔录"),
    PERIOD_RESTARTED("仲裁期限重新计算"),
    SUSPENDED("中止仲裁"),
    RESUMED("恢复仲裁"),
    EXTENDED("延长仲裁期限"),
    AWARDED("作出裁决"),
    MEDIATION_ISSUED("制作仲裁调解书"),
    MEDIATION_RECEIVED("调解书签收"),
    MEDIATED("调解书生效"),
    WITHDRAWN("撤回仲裁申请"),
    DEADLINE_REMINDED("期限届满提醒"),
    DEADLINE_OVERDUE("超过法定期限"),
    DOCUMENT_SERVED("送达文书"),
    ANSWER_RECEIVED("收到答辩书");

    private final String label;

    ArbitrationStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
