package cn.laborcase.emergency;

/** How money advanced by the fund was recovered from the employer (追偿方式). */
public enum RecoveryMethod {
    REPAID("用人单位归还"),
    DEPOSIT("从工资保证金中划回"),
    ENFORCED("申请人民法院强制执行"),
    OTHER("其他方式");

    private final String label;

    RecoveryMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
