package cn.laborcase.emergency;

/**
 * An inspector's proposal to refer the employer to the public security organ for suspected 拒不支付劳动报酬罪.
 *
 * @param ground ABSCONDED (the employer absconded) or ORDER_NOT_COMPLIED (a served 责令支付 order was not complied with)
 * @param orderServedOn the day the order to pay was served (or, the employer having absconded, posted), 2026-12-01
 * @param orderDueOn the day it gave to pay by; passed for ORDER_NOT_COMPLIED
 * @param policeOrgan the public security organ addressed (示范市公安局东湖区分局)
 * @param facts the facts of the suspected offence, printed on the 移送书
 */
public record ReferralRequest(
        String ground, String orderServedOn, String orderDueOn, String policeOrgan, String facts) {}
