package cn.laborcase.intake;

import static cn.laborcase.documents.DocumentField.choice;
import static cn.laborcase.documents.DocumentField.optional;
import static cn.laborcase.documents.DocumentField.required;

import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import cn.laborcase.documents.FieldKind;
import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The documents of complaint and report intake (举报投诉受理), under 《劳动保障监察条例》 (国务院令第423号) and
 * 《关于实施〈劳动保障监察条例〉若干规定》 (劳动和社会保障部令第25号, "若干规定"). Registered with the documents module as
 * intake's {@link DocumentTypeProvider}; the 送达回证 every track uses is the documents module's own.
 */
@Component
public class IntakeDocumentTypes implements DocumentTypeProvider {

    public static final String COMPLAINT_REGISTRATION = "COMPLAINT_REGISTRATION";
    public static final String ACCEPTANCE_NOTICE = "ACCEPTANCE_NOTICE";
    public static final String NON_ACCEPTANCE_NOTICE = "NON_ACCEPTANCE_NOTICE";
    public static final String SUPPLEMENT_NOTICE = "SUPPLEMENT_NOTICE";
    public static final String REFERRAL_NOTICE = "REFERRAL_NOTICE";

    /** 告知书 kinds: where the complainant is sent (若干规定 §18 ¶3, 条例 §21 ¶2, 条例 §13). */
    public static final String REFER_DISPUTE = "劳动争议调解仲裁";

    public static final String REFER_OTHER_DEPARTMENT = "其他主管部门";
    public static final String REFER_OTHER_OFFICE = "其他劳动保障行政部门";

    /** Who handles complaints (条例 §§14–16, 若干规定 §§17–18): the desk, the inspectors and their leaders. */
    private static final Set<Role> ISSUERS =
            Set.of(Role.INTAKE_CLERK, Role.INSPECTOR, Role.SECTION_LEADER, Role.BUREAU_LEADER);

    private static final Set<OfficeKind> OFFICES = Set.of(OfficeKind.INSPECTION, OfficeKind.BUREAU);

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(registration(), acceptance(), nonAcceptance(), supplement(), referral()).stream()
                .map(t -> t.issuedBy(ISSUERS, OFFICES))
                .toList();
    }

    private static DocumentType registration() {
        return new DocumentType(
                COMPLAINT_REGISTRATION,
                "举报投诉登记表",
                "intake/complaint-registration",
                "{office}劳监登字〔{year}〕{seq}号",
                List.of(
                        choice("kind", "类别", true, "投诉", "举报"),
                        choice("channel", "来源方式", true, "来访", "来电", "网络", "信函", "其他"),
                        required("receivedAt", "登记时间", FieldKind.DATETIME),
                        optional("complaintNumber", "登记编号", FieldKind.TEXT),
                        required("complainantName", "投诉（举报）人", FieldKind.TEXT),
                        optional("complainantIdNumber", "身份证件号码", FieldKind.TEXT)
                                .idNumber(),
                        required("complainantPhone", "联系电话", FieldKind.TEXT).phone(),
                        optional("complainantAddress", "联系地址", FieldKind.TEXT),
                        // 25号令 §17: 投诉人的姓名、性别、年龄、职业、工作单位、住所和联系方式
                        optional("complainantGender", "性别", FieldKind.TEXT),
                        optional("complainantAge", "年龄", FieldKind.NUMBER),
                        optional("complainantOccupation", "职业", FieldKind.TEXT),
                        optional("complainantWorkplace", "工作单位", FieldKind.TEXT),
                        optional("otherComplainants", "其他投诉人", FieldKind.TEXTAREA)
                                .people()
                                .withHint("每行一人：姓名、身份证件号码、联系电话"),
                        required("respondentName", "被投诉（举报）单位", FieldKind.TEXT),
                        optional("respondentCreditCode", "统一社会信用代码", FieldKind.TEXT),
                        // 25号令 §17: 被投诉用人单位的名称、住所、法定代表人或者主要负责人的姓名、职务
                        optional("respondentRepresentative", "法定代表人或主要负责人", FieldKind.TEXT),
                        optional("respondentRepresentativeTitle", "职务", FieldKind.TEXT),
                        required("respondentAddress", "单位地址", FieldKind.TEXT),
                        optional("respondentContact", "单位联系人及电话", FieldKind.TEXT),
                        optional("workersInvolved", "涉及人数", FieldKind.NUMBER),
                        optional("amountInvolved", "涉及金额（元）", FieldKind.TEXT),
                        required("facts", "主要事实", FieldKind.TEXTAREA),
                        optional("requests", "投诉请求", FieldKind.TEXTAREA),
                        // 送达地址确认书 (民事诉讼法 §90): electronic service only at an address the complainant confirmed
                        optional("serviceConsent", "送达方式", FieldKind.TEXTAREA)
                                .withHint("每行一人：同意电子送达及确认的电子邮箱，或直接送达、邮寄送达"),
                        optional("materials", "提交的材料", FieldKind.TEXTAREA),
                        required("registeredBy", "登记人", FieldKind.TEXT)),
                sample(
                        "kind", "投诉",
                        "channel", "来访",
                        "receivedAt", "2026-03-02T09:30",
                        "complaintNumber", "东湖投诉〔2026〕4号",
                        "complainantName", "李秀英",
                        "complainantIdNumber", "330106198805124426",
                        "complainantPhone", "13805712346",
                        "complainantAddress", "示范市东湖区春晖路18号3幢502室",
                        "complainantGender", "女",
                        "complainantAge", "37",
                        "complainantOccupation", "数控车床操作工",
                        "complainantWorkplace", "示范市东湖精工机械有限公司",
                        "otherComplainants", "王强，身份证件号码330106199002153317，联系电话13905713321",
                        "respondentName", "示范市东湖精工机械有限公司",
                        "respondentCreditCode", "91330100MA2H3K7X5Q",
                        "respondentRepresentative", "王建国",
                        "respondentRepresentativeTitle", "董事长",
                        "respondentAddress", "示范市东湖区高新园科技路66号",
                        "respondentContact", "王建华（行政经理）0571-86012345",
                        "workersInvolved", "23",
                        "amountInvolved", "437000",
                        "facts",
                                """
                                投诉人于2024年5月入职被投诉单位，从事数控车床操作工作，双方签订了书面劳动合同，约定月工资6500元，\
                                每月15日前发放上月工资。
                                自2025年11月起，被投诉单位以资金周转困难为由停发工资，至今拖欠投诉人2025年11月至2026年1月工资共计19500元；\
                                同车间另有22名职工工资被拖欠，合计约43.7万元。职工多次向公司负责人催要未果。""",
                        "requests", "要求被投诉单位立即支付拖欠的工资19500元。",
                        "serviceConsent",
                                """
                                李秀英：同意电子送达，送达地址确认书确认的电子邮箱：lixiuying@example.cn
                                王强：未同意电子送达，直接送达或者邮寄送达""",
                        "materials", "劳动合同复印件1份；工资条及银行流水3页；考勤记录截图2页；身份证复印件1份。",
                        "registeredBy", "王芳"));
    }

    private static DocumentType acceptance() {
        return new DocumentType(
                ACCEPTANCE_NOTICE,
                "受理通知书",
                "intake/acceptance-notice",
                "{office}劳监受字〔{year}〕{seq}号",
                List.of(
                        required("complainantName", "投诉人", FieldKind.TEXT),
                        required("complaintDate", "投诉日期", FieldKind.DATE),
                        optional("acceptedOn", "受理立案日期", FieldKind.DATE).withHint("不填则为签发日期"),
                        optional("complaintNumber", "投诉编号", FieldKind.TEXT),
                        required("respondentName", "被投诉单位", FieldKind.TEXT),
                        required("matter", "投诉事项", FieldKind.TEXT).withHint("例如：拖欠2025年11月至2026年1月工资"),
                        optional("facts", "投诉主要内容", FieldKind.TEXTAREA),
                        required("handler", "承办人", FieldKind.TEXT),
                        required("handlerPhone", "联系电话", FieldKind.TEXT),
                        optional("handlerAddress", "联系地址", FieldKind.TEXT)),
                sample(
                        "complainantName", "李秀英",
                        "complaintDate", "2026-03-02",
                        // accepted (受理并立案) on the day the notice is signed, within the 5 working days of 25号令 §18
                        "acceptedOn", "2026-03-05",
                        "complaintNumber", "东湖投诉〔2026〕4号",
                        "respondentName", "示范市东湖精工机械有限公司",
                        "matter", "拖欠2025年11月至2026年1月工资",
                        "handler", "张伟、刘洋",
                        "handlerPhone", "0571-87654321",
                        "handlerAddress", "东湖区人民路1号201室"));
    }

    private static DocumentType nonAcceptance() {
        return new DocumentType(
                NON_ACCEPTANCE_NOTICE,
                "不予受理通知书",
                "intake/non-acceptance-notice",
                "{office}劳监不受字〔{year}〕{seq}号",
                List.of(
                        required("complainantName", "投诉人", FieldKind.TEXT),
                        required("complaintDate", "投诉日期", FieldKind.DATE),
                        required("respondentName", "被投诉单位", FieldKind.TEXT),
                        required("matter", "投诉事项", FieldKind.TEXT),
                        required("reason", "不予受理的事实和理由", FieldKind.TEXTAREA),
                        required("reviewBody", "行政复议机关", FieldKind.TEXT).withHint("例如：示范市东湖区人民政府"),
                        required("court", "人民法院", FieldKind.TEXT).withHint("例如：示范市东湖区人民法院")),
                sample(
                        "complainantName", "陈国强",
                        "complaintDate", "2026-03-03",
                        "respondentName", "示范市湖滨物流有限公司",
                        "matter", "2022年度未支付加班工资",
                        "reason",
                                """
                                你反映被投诉单位于2022年1月至2022年12月期间安排你延长工作时间，未依法支付加班工资。\
                                经审查，你反映的违法行为发生于2022年，至你投诉之日已超过二年，其间未被劳动保障行政部门发现，\
                                也未被举报、投诉。""",
                        "reviewBody", "示范市东湖区人民政府",
                        "court", "示范市东湖区人民法院"));
    }

    private static DocumentType supplement() {
        return new DocumentType(
                SUPPLEMENT_NOTICE,
                "补正通知书",
                "intake/supplement-notice",
                "{office}劳监补字〔{year}〕{seq}号",
                List.of(
                        required("complainantName", "投诉人", FieldKind.TEXT),
                        required("complaintDate", "投诉日期", FieldKind.DATE),
                        optional("respondentName", "被投诉单位", FieldKind.TEXT),
                        required("matter", "投诉事项", FieldKind.TEXT),
                        required("missingMaterials", "需补正的材料和事项", FieldKind.TEXTAREA)
                                .withHint("每行一项"),
                        required("deadlineDays", "补正期限（工作日）", FieldKind.NUMBER),
                        required("handler", "承办人", FieldKind.TEXT),
                        required("handlerPhone", "联系电话", FieldKind.TEXT)),
                sample(
                        "complainantName", "赵志明",
                        "complaintDate", "2026-03-04",
                        "respondentName", "东湖某装饰工程队",
                        "matter", "拖欠2025年12月工资",
                        "missingMaterials",
                                """
                                被投诉用人单位的准确名称（以营业执照或统一社会信用代码为准）及经营地址；
                                能够证明你与被投诉单位存在劳动关系的材料，如劳动合同、工牌、工资支付记录或者考勤记录；
                                拖欠工资的期间和金额的说明。""",
                        "deadlineDays", "10",
                        "handler", "陈静",
                        "handlerPhone", "0571-87654322"));
    }

    private static DocumentType referral() {
        return new DocumentType(
                REFERRAL_NOTICE,
                "告知书",
                "intake/referral-notice",
                "{office}劳监告字〔{year}〕{seq}号",
                List.of(
                        required("complainantName", "投诉人", FieldKind.TEXT),
                        required("complaintDate", "投诉日期", FieldKind.DATE),
                        optional("respondentName", "被投诉单位", FieldKind.TEXT),
                        required("matter", "投诉事项", FieldKind.TEXT),
                        choice("referralKind", "告知类别", true, REFER_DISPUTE, REFER_OTHER_DEPARTMENT, REFER_OTHER_OFFICE),
                        required("reason", "告知的事实和理由", FieldKind.TEXTAREA),
                        required("competentBody", "受理机构", FieldKind.TEXT),
                        optional("competentAddress", "受理机构地址及电话", FieldKind.TEXT)),
                sample(
                        "complainantName", "孙丽萍",
                        "complaintDate", "2026-03-05",
                        "respondentName", "示范市西山商贸有限公司",
                        "matter", "解除劳动合同经济补偿",
                        "referralKind", REFER_DISPUTE,
                        "reason", "你要求被投诉单位支付解除劳动合同的经济补偿金。双方对是否应当支付经济补偿及其数额存在争议，属于劳动争议，应当通过劳动争议处理程序解决。",
                        "competentBody", "示范市劳动人事争议仲裁委员会",
                        "competentAddress", "示范市中山路200号，电话0571-88990011"));
    }

    private static Map<String, String> sample(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
