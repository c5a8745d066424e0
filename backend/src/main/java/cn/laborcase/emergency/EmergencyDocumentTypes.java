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
 * The emergency track's documents (templates/emergency/), issued by the system: the one-page 应急处置启动审批表 and the
 * 处置情况报告 at the closure's approval.
 */
@Component
class EmergencyDocumentTypes implements DocumentTypeProvider {

    static final String ACTIVATION_APPROVAL = "EMERGENCY_ACTIVATION_APPROVAL"; // 应急处置启动审批表
    static final String CLOSURE_REPORT = "EMERGENCY_CLOSURE_REPORT"; // 处置情况报告

    @Override
    public List<DocumentType> documentTypes() {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("incidentNumber", "东湖欠薪应急〔2026〕3号");
        sample.put("gradeLabel", "Ⅱ级（重大）");
        sample.put("gradeRule", "涉及 120 人，达到 100 人以上的Ⅲ级（较大）标准；群体性上访或聚集正在发生，升一级为Ⅱ级（重大）");
        sample.put("employerName", "示范市某建筑劳务有限公司");
        sample.put("employerCreditCode", "91330100MA2H3K7X5Q");
        sample.put("place", "东湖区滨江路安置房项目工地");
        sample.put("workersAffected", "120 人");
        sample.put("amountOwed", "1,860,000.00 元");
        sample.put("arrearsPeriod", "2026年8月至11月");
        sample.put("absconded", "否");
        sample.put("groupPetition", "正在发生");
        sample.put("reportedAt", "2026年12月6日 09:30");
        sample.put("reporter", "张伟");
        sample.put("approvalDueAt", "2026年12月6日 10:00");
        sample.put("description", "120名农民工在项目部聚集讨要8月以来的工资，总包单位称分包单位负责人已失联。");
        return List.of(
                new DocumentType(
                        ACTIVATION_APPROVAL,
                        "应急处置启动审批表",
                        "emergency/activation-approval",
                        "{office}欠薪应急审字〔{year}〕{seq}号",
                        List.of(
                                text("incidentNumber", "事件编号", true),
                                text("gradeLabel", "事件级别", true),
                                new DocumentField("gradeRule", "定级依据", FieldKind.TEXTAREA, true, List.of(), null),
                                text("employerName", "用人单位", true),
                                text("employerCreditCode", "统一社会信用代码", true),
                                text("place", "事发地点", false),
                                text("workersAffected", "涉及人数", true),
                                text("amountOwed", "欠薪金额", true),
                                text("arrearsPeriod", "欠薪期间", false),
                                text("absconded", "欠薪逃匿", true),
                                text("groupPetition", "群体性上访", true),
                                text("reportedAt", "报告时间", true),
                                text("reporter", "报告人", true),
                                text("approvalDueAt", "审批时限", true),
                                new DocumentField("description", "事件经过", FieldKind.TEXTAREA, true, List.of(), null)),
                        sample),
                closureReport());
    }

    private static DocumentType closureReport() {
        Map<String, String> sample = new LinkedHashMap<>();
        sample.put("incidentNumber", "东湖欠薪应急〔2026〕3号");
        sample.put("gradeLabel", "Ⅳ级（一般）");
        sample.put("employerName", "示范市某建筑劳务有限公司");
        sample.put("employerCreditCode", "91330100MA2H3K7X5Q");
        sample.put("workersAffected", "45 人");
        sample.put("amountOwed", "360,000.00 元");
        sample.put("reportedAt", "2026年12月6日 09:30");
        sample.put("summary", "约谈总承包单位，督促其先行清偿分包单位拖欠的工资；动用应急周转金垫付返乡工人工资。");
        sample.put("workersPaid", "45 人");
        sample.put("amountPaid", "360,000.00 元");
        sample.put("fundAdvanced", "20,000.00 元");
        sample.put("amountRecovered", "0.00 元");
        sample.put("fundToRecover", "20,000.00 元");
        sample.put("submittedBy", "张伟");
        sample.put("submittedAt", "2026年12月8日 17:00");
        sample.put("decidedBy", "李科长");
        sample.put("decidedAt", "2026年12月8日 18:00");
        sample.put("opinion", "同意结案，继续追偿垫付资金");
        return new DocumentType(
                CLOSURE_REPORT,
                "处置情况报告",
                "emergency/closure-report",
                "{office}欠薪应急结字〔{year}〕{seq}号",
                List.of(
                        text("incidentNumber", "事件编号", true),
                        text("gradeLabel", "事件级别", true),
                        text("employerName", "用人单位", true),
                        text("employerCreditCode", "统一社会信用代码", true),
                        text("workersAffected", "涉及人数", true),
                        text("amountOwed", "欠薪金额", true),
                        text("reportedAt", "报告时间", true),
                        new DocumentField("summary", "处置情况", FieldKind.TEXTAREA, true, List.of(), null),
                        text("workersPaid", "已支付人数", true),
                        text("amountPaid", "已支付金额", true),
                        text("fundAdvanced", "应急周转金垫付", true),
                        text("amountRecovered", "已追回", true),
                        text("fundToRecover", "尚待追偿", true),
                        text("submittedBy", "报送人", true),
                        text("submittedAt", "报送时间", true),
                        text("decidedBy", "审批人", true),
                        text("decidedAt", "审批时间", true),
                        new DocumentField("opinion", "审批意见", FieldKind.TEXTAREA, false, List.of(), null)),
                sample);
    }

    private static DocumentField text(String name, String label, boolean required) {
        return new DocumentField(name, label, FieldKind.TEXT, required, List.of(), null);
    }
}
