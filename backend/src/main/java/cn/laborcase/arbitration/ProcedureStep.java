package cn.laborcase.arbitration;

/** The timeline steps of the procedural decisions, with their Chinese labels. */
enum ProcedureStep {
    CHALLENGE_FILED("申请回避"),
    CHALLENGE_DECIDED("回避决定"),
    TRIBUNAL_RECOMPOSED("重新组成仲裁庭"),
    OBJECTION_FILED("管辖异议"),
    OBJECTION_DECIDED("管辖异议决定"),
    TRANSFERRED("移送管辖"),
    SIMPLE_PROCEDURE("简易处理"),
    ORDINARY_PROCEDURE("转为一般程序"),
    AWARD_CORRECTED("裁决书补正");

    private final String label;

    ProcedureStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
