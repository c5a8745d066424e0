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
 * The 涉嫌犯罪案件移送书 of an incident (templates/emergency/criminal-referral.xhtml), issued by the system only: numbered
 * {@code {office}欠薪应急移字〔{year}〕{seq}号}, addressed to the public security organ.
 */
@Component
class CriminalReferralDocumentType implements DocumentTypeProvider {

    static final String TYPE = "EMERGENCY_CRIMINAL_REFERRAL"; // 涉嫌犯罪案件移送书

    @Override
    public List<DocumentType> documentTypes() {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("policeOrgan", "示范市公安局东湖区分局");
        sample.put("incidentNumber", "东湖欠薪应急〔2026〕3号");
        sample.put("employerName", "示范市某建筑劳务有限公司");
        sample.put("employerCreditCode", "91330100MA2H3K7X5Q");
        sample.put("workersAffected", "45 人");
        sample.put("amountOwed", "360,000.00 元");
        sample.put("arrearsPeriod", "2026年9月至11月");
        sample.put("outstanding", "300,000.00 元");
        sample.put("ground", "移送理由：经责令支付仍不支付。本机关于2026年12月1日向该单位送达责令支付文书，限其于2026年12月5日前支付，该单位逾期仍未支付。");
        sample.put("facts", "该单位以转移财产的方法逃避支付劳动者的劳动报酬，45名农民工多次讨要未果。");
        sample.put("approvedOn", "2026年12月8日");
        return List.of(new DocumentType(
                TYPE,
                "涉嫌犯罪案件移送书",
                "emergency/criminal-referral",
                "{office}欠薪应急移字〔{year}〕{seq}号",
                List.of(
                        text("policeOrgan", "移送机关（公安机关）"),
                        text("incidentNumber", "事件编号"),
                        text("employerName", "用人单位"),
                        text("employerCreditCode", "统一社会信用代码"),
                        text("workersAffected", "涉及人数"),
                        text("amountOwed", "欠薪金额"),
                        new DocumentField("arrearsPeriod", "欠薪期间", FieldKind.TEXT, false, List.of(), null),
                        text("outstanding", "尚欠金额"),
                        new DocumentField("ground", "移送理由", FieldKind.TEXTAREA, true, List.of(), null),
                        new DocumentField("facts", "涉嫌犯罪事实", FieldKind.TEXTAREA, true, List.of(), null),
                        text("approvedOn", "批准日期")),
                sample));
    }

    private static DocumentField text(String name, String label) {
        return new DocumentField(name, label, FieldKind.TEXT, true, List.of(), null);
    }
}
