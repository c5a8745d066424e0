package cn.laborcase.emergency;

/**
 * The grounds for listing (《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》人社部令第45号 §5), each after an order to pay
 * by a deadline that was not complied with.
 */
public enum BlacklistGround {
    CRIMINAL_AMOUNT("克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准"),
    SERIOUS_INCIDENT("因拖欠农民工工资违法行为引发群体性事件、极端事件造成严重不良社会影响");

    private final String label;

    BlacklistGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
