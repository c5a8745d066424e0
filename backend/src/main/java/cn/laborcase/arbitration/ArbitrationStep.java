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
    AWAITING_HEARING("待安排开庭");

    private final String label;

    ArbitrationStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
