package cn.laborcase.emergency;

import cn.laborcase.documents.DocumentField;
import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import cn.laborcase.documents.FieldKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The documents of the response after activation (templates/emergency/): the 欠薪事件情况通报 e-mailed to the police,
 * the construction authority and the trade union, and the 工资保证金支付通知书 to the bank holding the wage deposit.
 */
@Component
class ResponseDocumentTypes implements DocumentTypeProvider {

    static final String AGENCY_NOTICE = "EMERGENCY_AGENCY_NOTICE"; // 欠薪事件情况通报
    static final String DEPOSIT_NOTICE = "EMERGENCY_DEPOSIT_NOTICE"; // 工资保证金支付通知书

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(agencyNotice(), depositNotice());
    }

    private static DocumentType agencyNotice() {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("agencies", "示范市公安局东湖分局、示范市东湖区住房和城乡建设局、示范市东湖区总工会");
        sample.put("incidentNumber", "东湖欠薪应急〔2026〕3号");
        sample.put("gradeLabel", "Ⅲ级（较大）");
        sample.put("employerName", "示范市某建筑劳务有限公司");
        sample.put("employerCreditCode", "91330100MA2H3K7X5Q");
        sample.put("place", "东湖区滨江路安置房项目工地");
        sample.put("workersAffected", "120 人");
        sample.put("amountOwed", "1,860,000.00 元");
        sample.put("arrearsPeriod", "2026年8月至11月");
        sample.put("absconded", "否");
        sample.put("groupPetition", "正在发生");
        sample.put("reportedAt", "2026年12月6日 09:30");
        sample.put("activatedAt", "2026年12月6日 09:50");
        sample.put("description", "120名农民工在项目部聚集讨要8月以来的工资，总包单位称分包单位负责人已失联。");
        sample.put("request", REQUEST);
        return new DocumentType(
                AGENCY_NOTICE,
                "欠薪事件情况通报",
                "emergency/agency-notice",
                "{office}欠薪应急通字〔{year}〕{seq}号",
                List.of(
                        text("agencies", "通报单位", true),
                        text("incidentNumber", "事件编号", true),
                        text("gradeLabel", "事件级别", true),
                        text("employerName", "用人单位", true),
                        text("employerCreditCode", "统一社会信用代码", true),
                        text("place", "事发地点", false),
                        text("workersAffected", "涉及人数", true),
                        text("amountOwed", "欠薪金额", true),
                        text("arrearsPeriod", "欠薪期间", false),
                        text("absconded", "欠薪逃匿", true),
                        text("groupPetition", "群体性上访", true),
                        text("reportedAt", "报告时间", true),
                        text("activatedAt", "启动应急处置", true),
                        new DocumentField("description", "事件经过", FieldKind.TEXTAREA, true, List.of(), null),
                        new DocumentField("request", "请予配合", FieldKind.TEXTAREA, true, List.of(), null)),
                sample);
    }

    /** What the notice asks of each agency, by the plan (local; seed 001's division of work). */
    static final String REQUEST = "公安机关：维护现场秩序，防止事态扩大；对涉嫌拒不支付劳动报酬的，依法配合调查。\n"
            + "住房城乡建设主管部门：督促建设单位、施工总承包单位履行工资支付责任（保障农民工工资支付条例第三十条）。\n"
            + "工会：参与稳控，引导职工依法理性表达诉求。";

    private static DocumentType depositNotice() {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("bankName", "中国建设银行示范市东湖支行");
        sample.put("accountNo", "3305 0161 6300 0000 0123");
        sample.put("amount", "200,000.00 元");
        sample.put("employerName", "示范市某建筑劳务有限公司");
        sample.put("employerCreditCode", "91330100MA2H3K7X5Q");
        sample.put("orderedOn", "2026年12月1日");
        sample.put("servedOn", "2026年12月1日");
        sample.put("deadlineOn", "2026年12月4日");
        sample.put("outstanding", "1,860,000.00 元");
        sample.put("incidentNumber", "东湖欠薪应急〔2026〕3号");
        sample.put("amountOwed", "1,860,000.00 元");
        return new DocumentType(
                DEPOSIT_NOTICE,
                "工资保证金支付通知书",
                "emergency/deposit-payment-notice",
                "{office}欠薪应急保字〔{year}〕{seq}号",
                List.of(
                        text("bankName", "开户银行", true),
                        text("accountNo", "工资保证金账户", true),
                        text("amount", "支付金额", true),
                        text("employerName", "用人单位", true),
                        text("employerCreditCode", "统一社会信用代码", true),
                        text("orderedOn", "责令日期", true),
                        text("servedOn", "送达日期", true),
                        text("deadlineOn", "清偿期限", true),
                        text("outstanding", "尚欠工资", true),
                        text("incidentNumber", "事件编号", true),
                        text("amountOwed", "欠薪金额", true)),
                sample);
    }

    private static DocumentField text(String name, String label, boolean required) {
        return new DocumentField(name, label, FieldKind.TEXT, required, List.of(), null);
    }
}
