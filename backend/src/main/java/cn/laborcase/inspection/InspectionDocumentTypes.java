package cn.laborcase.inspection;

import static cn.laborcase.documents.DocumentField.choice;
import static cn.laborcase.documents.DocumentField.optional;
import static cn.laborcase.documents.DocumentField.required;

import cn.laborcase.documents.DocumentField;
import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypeProvider;
import cn.laborcase.documents.FieldKind;
import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The documents of the inspection case (监察案件), under 《劳动保障监察条例》 (国务院令第423号, "条例"), 劳动和社会保障部令
 * 第25号 and 《行政处罚法》 (2021). The codes and field names are the contract between the case's steps and the
 * templates ({@code templates/inspection/}); {@link InspectionDocumentContents} fills the fields every document of a
 * case shares (case number, employer, inspectors…) from the {@link InspectionCaseSnapshot}. docs/inspection.md,
 * section Documents, lists them.
 */
@Component
public class InspectionDocumentTypes implements DocumentTypeProvider {

    public static final String FILING_APPROVAL = "INSPECTION_FILING_APPROVAL"; // 立案审批表
    public static final String INQUIRY_NOTICE = "INSPECTION_INQUIRY_NOTICE"; // 询问通知书
    public static final String QUESTIONNAIRE = "INSPECTION_QUESTIONNAIRE"; // 调查询问书
    public static final String INQUIRY_RECORD = "INSPECTION_INQUIRY_RECORD"; // 询问笔录
    public static final String SITE_RECORD = "INSPECTION_SITE_RECORD"; // 现场检查笔录
    public static final String RECTIFICATION_ORDER = "INSPECTION_RECTIFICATION_ORDER"; // 限期整改指令书
    public static final String HANDLING_DECISION = "INSPECTION_HANDLING_DECISION"; // 行政处理决定书
    public static final String PENALTY_PRIOR_NOTICE = "INSPECTION_PENALTY_PRIOR_NOTICE"; // 行政处罚事先告知书
    public static final String HEARING_NOTICE = "INSPECTION_HEARING_NOTICE"; // 听证通知书
    public static final String PENALTY_DECISION = "INSPECTION_PENALTY_DECISION"; // 行政处罚决定书
    public static final String WITHDRAWAL_APPROVAL = "INSPECTION_WITHDRAWAL_APPROVAL"; // 撤销立案审批表
    public static final String CASE_TRANSFER = "INSPECTION_CASE_TRANSFER"; // 案件移送书
    public static final String CRIMINAL_TRANSFER = "INSPECTION_CRIMINAL_TRANSFER"; // 涉嫌犯罪案件移送书
    public static final String EXTENSION_APPROVAL = "INSPECTION_EXTENSION_APPROVAL"; // 延期审批表
    public static final String CLOSING_APPROVAL = "INSPECTION_CLOSING_APPROVAL"; // 结案审批表

    /** The fields every document of the case has, filled from the {@link InspectionCaseSnapshot}. */
    public static final List<String> COMMON_FIELDS = List.of(
            "caseNumber",
            "originLabel",
            "filedOn",
            "dueDate",
            "employerName",
            "employerCreditCode",
            "employerAddress",
            "employerRepresentative",
            "employerRepresentativeTitle",
            "inspectors",
            "facts");

    /** The appeal bodies of a decision, from the office's settings ({@code laborcase.documents.offices}). */
    public static final List<String> APPEAL_FIELDS = List.of("reviewBody", "court");

    /** The §63 answer of the 事先告知书. */
    public static final String YES = "是";

    public static final String NO = "否";

    /** Documents served on the employer (受送达人); the others are internal forms or go to another body. */
    static final Set<String> SERVED_ON_EMPLOYER = Set.of(
            INQUIRY_NOTICE,
            QUESTIONNAIRE,
            RECTIFICATION_ORDER,
            HANDLING_DECISION,
            PENALTY_PRIOR_NOTICE,
            HEARING_NOTICE,
            PENALTY_DECISION);

    /** Documents served on the body a case is transferred to (its name is the step's {@code receivingBody}). */
    static final Set<String> SERVED_ON_RECEIVING_BODY = Set.of(CASE_TRANSFER, CRIMINAL_TRANSFER);

    /** The inspectors (条例 §16) and their leaders, of an inspection office or of the bureau. */
    private static final Set<Role> ISSUERS = Set.of(Role.INSPECTOR, Role.SECTION_LEADER, Role.BUREAU_LEADER);

    private static final Set<OfficeKind> OFFICES = Set.of(OfficeKind.INSPECTION, OfficeKind.BUREAU);

    private static final String EMPLOYER = "示范市东湖精工机械有限公司";

    @Override
    public List<DocumentType> documentTypes() {
        return List.of(
                        filingApproval(),
                        inquiryNotice(),
                        questionnaire(),
                        inquiryRecord(),
                        siteRecord(),
                        rectificationOrder(),
                        handlingDecision(),
                        penaltyPriorNotice(),
                        hearingNotice(),
                        penaltyDecision(),
                        withdrawalApproval(),
                        caseTransfer(),
                        criminalTransfer(),
                        extensionApproval(),
                        closingApproval())
                .stream()
                .map(t -> t.issuedBy(ISSUERS, OFFICES))
                .toList();
    }

    // 立案审批表: a case not from a complaint is filed with the leader's approval; the day of approval is the day of 立案
    private static DocumentType filingApproval() {
        return type(
                FILING_APPROVAL,
                "立案审批表",
                "inspection/filing-approval",
                "{office}劳监立审字〔{year}〕{seq}号",
                common(Set.of("facts"), false),
                List.of(
                        required("proposedBy", "承办人", FieldKind.TEXT),
                        required("proposedOn", "呈报日期", FieldKind.DATE),
                        optional("proposalOpinion", "承办人意见", FieldKind.TEXTAREA),
                        optional("approvalOpinion", "负责人审批意见", FieldKind.TEXTAREA),
                        optional("approvedBy", "批准人", FieldKind.TEXT),
                        optional("approvedOn", "批准日期", FieldKind.DATE)),
                withCommon(
                        "originLabel", "日常巡视检查",
                        "filedOn", null,
                        "dueDate", null,
                        "facts",
                                """
                                2026年3月10日，监察员张伟、刘洋对该单位进行日常巡视检查，发现其生产车间23名职工2025年11月至2026年1月\
                                工资未发放，涉及金额约43.7万元；单位负责人称因资金周转困难暂停发放。""",
                        "proposedBy", "张伟、刘洋",
                        "proposedOn", "2026-03-11",
                        "proposalOpinion", "该单位涉嫌无故拖欠劳动者工资，属于劳动保障监察事项，违法行为发生在二年内，建议立案调查。",
                        "approvalOpinion", "同意立案，由张伟、刘洋承办。",
                        "approvedBy", "赵建国",
                        "approvedOn", "2026-03-12"));
    }

    // 询问通知书: 条例 §15 (二)(三) — 询问有关人员, 要求提供文件资料
    private static DocumentType inquiryNotice() {
        return type(
                INQUIRY_NOTICE,
                "询问通知书",
                "inspection/inquiry-notice",
                "{office}劳监询字〔{year}〕{seq}号",
                common(Set.of(), true),
                List.of(
                        required("inquiryAt", "接受询问时间", FieldKind.DATETIME),
                        required("inquiryPlace", "接受询问地点", FieldKind.TEXT),
                        required("materials", "需携带的材料", FieldKind.TEXTAREA).withHint("每行一项"),
                        required("contactPerson", "联系人", FieldKind.TEXT),
                        required("contactPhone", "联系电话", FieldKind.TEXT)),
                withCommon(
                        "inquiryAt", "2026-03-17T09:30",
                        "inquiryPlace", "示范市东湖区人民路1号东湖区劳动保障监察大队203室",
                        "materials",
                                """
                                营业执照副本复印件及法定代表人身份证明；
                                2025年1月至今的职工名册、劳动合同；
                                2025年1月至今的工资支付记录（工资表、银行代发凭证）及考勤记录；
                                委托他人接受询问的，提交授权委托书及受托人身份证件。""",
                        "contactPerson", "张伟",
                        "contactPhone", "0571-87654321"));
    }

    // 调查询问书: 条例 §15 (三) — 要求用人单位提供文件资料并作出解释和说明，必要时可以发出调查询问书
    private static DocumentType questionnaire() {
        return type(
                QUESTIONNAIRE,
                "调查询问书",
                "inspection/questionnaire",
                "{office}劳监调字〔{year}〕{seq}号",
                common(Set.of(), true),
                List.of(
                        required("questions", "需说明的问题", FieldKind.TEXTAREA).withHint("每行一问"),
                        required("replyBy", "书面答复期限", FieldKind.DATE),
                        optional("contactPerson", "联系人", FieldKind.TEXT),
                        optional("contactPhone", "联系电话", FieldKind.TEXT)),
                withCommon(
                        "questions",
                                """
                                你单位2025年11月至2026年1月生产车间职工的人数、岗位及约定的工资标准；
                                上述期间工资未按时足额支付的原因、涉及人数和金额；
                                你单位拟于何时、以何种方式支付拖欠的工资。""",
                        "replyBy", "2026-03-20",
                        "contactPerson", "张伟",
                        "contactPhone", "0571-87654321"));
    }

    // 询问笔录: 条例 §15 (二), §16 (two inspectors, 证件); read back and signed by the person asked
    private static DocumentType inquiryRecord() {
        return type(
                INQUIRY_RECORD,
                "询问笔录",
                "inspection/inquiry-record",
                "{office}劳监询笔字〔{year}〕{seq}号",
                common(Set.of("inspectors"), false),
                List.of(
                        required("inquiredAt", "询问时间", FieldKind.DATETIME),
                        required("place", "询问地点", FieldKind.TEXT),
                        required("interviewee", "被询问人", FieldKind.TEXT),
                        required("intervieweeRole", "被询问人身份", FieldKind.TEXT).withHint("例如：该单位行政经理；职工"),
                        optional("intervieweeIdNumber", "被询问人身份证件号码", FieldKind.TEXT)
                                .idNumber(),
                        optional("recorder", "记录人", FieldKind.TEXT),
                        required("record", "询问记录", FieldKind.TEXTAREA).withHint("一问一答，每行一段")),
                withCommon(
                        "inquiredAt", "2026-03-17T09:30",
                        "place", "示范市东湖区劳动保障监察大队203室",
                        "interviewee", "王建华",
                        "intervieweeRole", "示范市东湖精工机械有限公司行政经理（受法定代表人委托）",
                        "intervieweeIdNumber", "330106197904123319",
                        "recorder", "刘洋",
                        "record",
                                """
                                问：你单位2025年11月至2026年1月是否按时足额支付了生产车间职工的工资？
                                答：没有。因为主要客户回款延迟，公司资金周转困难，这三个月的工资都没有发。
                                问：涉及多少职工，金额多少？
                                答：生产车间23人，三个月合计约43.7万元，工资表我们今天带来了。
                                问：你单位打算何时支付？
                                答：公司正在催收货款，争取在3月底前全部付清。"""));
    }

    // 现场检查笔录: 条例 §15 (一)(四) — 进入劳动场所检查, 记录、录音、录像、照像
    private static DocumentType siteRecord() {
        return type(
                SITE_RECORD,
                "现场检查笔录",
                "inspection/site-record",
                "{office}劳监检笔字〔{year}〕{seq}号",
                common(Set.of("inspectors"), false),
                List.of(
                        required("inspectedAt", "检查时间", FieldKind.DATETIME),
                        required("place", "检查地点", FieldKind.TEXT),
                        required("present", "在场人员", FieldKind.TEXT).withHint("姓名及身份"),
                        optional("recorder", "记录人", FieldKind.TEXT),
                        required("findings", "检查情况", FieldKind.TEXTAREA)),
                withCommon(
                        "inspectedAt", "2026-03-10T14:00",
                        "place", "示范市东湖区高新园科技路66号该单位生产车间及财务室",
                        "present", "王建华（该单位行政经理）、陈红（该单位出纳）",
                        "recorder", "刘洋",
                        "findings",
                                """
                                检查时该单位生产车间正常生产，在岗职工31人。
                                经查阅2025年11月至2026年1月工资表，生产车间23名职工三个月工资均未发放，工资表载明应发工资合计437000元。
                                现场调取了上述期间的工资表、考勤记录复印件共12页，经该单位核对无误后签章确认。"""));
    }

    // 限期整改指令书: 条例 §18 (二) 责令改正; the articles of the violations (§§11, 23–26) in legalBasis
    private static DocumentType rectificationOrder() {
        return type(
                RECTIFICATION_ORDER,
                "限期整改指令书",
                "inspection/rectification-order",
                "{office}劳监改字〔{year}〕{seq}号",
                decisionCommon(),
                List.of(
                        required("violations", "违法事实", FieldKind.TEXTAREA),
                        required("legalBasis", "法律依据", FieldKind.TEXTAREA),
                        required("rectifications", "整改要求", FieldKind.TEXTAREA).withHint("每行一项"),
                        required("rectifyBy", "整改期限", FieldKind.DATE),
                        required("reviewBody", "行政复议机关", FieldKind.TEXT).withHint("例如：示范市东湖区人民政府"),
                        required("court", "人民法院", FieldKind.TEXT).withHint("例如：示范市东湖区人民法院")),
                withCommon(
                        "violations",
                                """
                                经查，你单位自2025年11月起未支付生产车间23名职工的工资，至2026年1月止拖欠工资共计437000元；\
                                你单位与其中5名职工建立劳动关系后未订立书面劳动合同。""",
                        "legalBasis",
                                """
                                《劳动保障监察条例》第十一条第（二）项、第（六）项、第二十四条、第二十六条第（一）项；\
                                《中华人民共和国劳动法》第五十条；《中华人民共和国劳动合同法》第十条。""",
                        "rectifications",
                                """
                                向23名职工足额支付2025年11月至2026年1月拖欠的工资共计437000元；
                                与未订立书面劳动合同的5名职工依法订立书面劳动合同；
                                将整改情况及工资支付凭证、劳动合同复印件书面报送本机关。""",
                        "rectifyBy", "2026-03-31",
                        "reviewBody", "示范市东湖区人民政府",
                        "court", "示范市东湖区人民法院"));
    }

    // 行政处理决定书: 条例 §18 (二), §26 (责令支付; 逾期不支付的, 加付50%以上1倍以下赔偿金)
    private static DocumentType handlingDecision() {
        return type(
                HANDLING_DECISION,
                "行政处理决定书",
                "inspection/handling-decision",
                "{office}劳监处字〔{year}〕{seq}号",
                decisionCommon(),
                List.of(
                        required("violations", "违法事实", FieldKind.TEXTAREA),
                        required("legalBasis", "法律依据", FieldKind.TEXTAREA),
                        required("decision", "处理决定", FieldKind.TEXTAREA).withHint("每行一项"),
                        required("amountOwed", "应支付金额（元）", FieldKind.TEXT),
                        required("payBy", "支付期限", FieldKind.DATE),
                        optional("compensationRate", "加付赔偿金比例（%）", FieldKind.NUMBER)
                                .withHint("逾期未支付时填写：50至100（条例第二十六条）"),
                        optional("compensationAmount", "加付赔偿金（元）", FieldKind.TEXT),
                        // 条例 §19: the employer is heard before a 行政处理决定
                        optional("statementSummary", "陈述申辩及采纳情况", FieldKind.TEXTAREA),
                        required("reviewBody", "行政复议机关", FieldKind.TEXT).withHint("例如：示范市东湖区人民政府"),
                        required("court", "人民法院", FieldKind.TEXT).withHint("例如：示范市东湖区人民法院")),
                withCommon(
                        "violations",
                                """
                                经查，你单位自2025年11月起无故拖欠生产车间23名职工的工资，至2026年1月止共计437000元。\
                                本机关于2026年3月18日向你单位送达《劳动保障监察限期整改指令书》（东湖劳监改字〔2026〕3号），\
                                责令你单位于2026年3月31日前支付，你单位逾期未支付。""",
                        "legalBasis", "《劳动保障监察条例》第十八条第一款第（二）项、第二十六条第（一）项；《中华人民共和国劳动法》第五十条。",
                        "decision",
                                """
                                责令你单位向23名职工支付拖欠的2025年11月至2026年1月工资共计437000元（名单及金额见附件）；
                                责令你单位按应付金额的50%向上述职工加付赔偿金共计218500元。""",
                        "amountOwed", "437000",
                        "payBy", "2026-04-15",
                        "compensationRate", "50",
                        "compensationAmount", "218500",
                        "reviewBody", "示范市东湖区人民政府",
                        "court", "示范市东湖区人民法院"));
    }

    // 行政处罚事先告知书: 行政处罚法 §44, §45; 听证 for the penalties of §63, asked for within 5 working days (§64, §85)
    private static DocumentType penaltyPriorNotice() {
        return type(
                PENALTY_PRIOR_NOTICE,
                "行政处罚事先告知书",
                "inspection/penalty-prior-notice",
                "{office}劳监罚告字〔{year}〕{seq}号",
                common(Set.of(), true),
                List.of(
                        required("violations", "违法事实及证据", FieldKind.TEXTAREA),
                        required("legalBasis", "处罚依据", FieldKind.TEXTAREA),
                        required("proposedPenalty", "拟作出的行政处罚", FieldKind.TEXTAREA),
                        optional("fineAmount", "罚款金额（元）", FieldKind.TEXT),
                        choice("hearingRight", "是否告知听证权利", true, YES, NO).withHint("拟作出较大数额罚款等《行政处罚法》第六十三条规定的处罚的，选“是”"),
                        required("statementBy", "陈述申辩期限", FieldKind.DATE),
                        optional("contactPerson", "联系人", FieldKind.TEXT),
                        optional("contactPhone", "联系电话", FieldKind.TEXT),
                        optional("contactAddress", "联系地址", FieldKind.TEXT)),
                withCommon(
                        "violations",
                                """
                                经查，你单位安排生产车间31名职工自2025年10月至2026年2月每月延长工作时间超过36小时，最多的达到每月72小时。\
                                以上事实有现场检查笔录、询问笔录、考勤记录、工资表等证据证明。""",
                        "legalBasis", "《中华人民共和国劳动法》第四十一条；《劳动保障监察条例》第二十五条。",
                        "proposedPenalty", "给予警告，并按照受侵害的劳动者每人500元的标准计算，处以罚款15500元。",
                        "fineAmount", "15500",
                        "hearingRight", YES,
                        "statementBy", "2026-04-03",
                        "contactPerson", "张伟",
                        "contactPhone", "0571-87654321",
                        "contactAddress", "示范市东湖区人民路1号"));
    }

    // 听证通知书: 行政处罚法 §64 — 7 days ahead (working days, §85), held by someone who did not investigate
    private static DocumentType hearingNotice() {
        return type(
                HEARING_NOTICE,
                "听证通知书",
                "inspection/hearing-notice",
                "{office}劳监听字〔{year}〕{seq}号",
                common(Set.of(), true),
                List.of(
                        required("hearingAt", "听证时间", FieldKind.DATETIME),
                        required("hearingPlace", "听证地点", FieldKind.TEXT),
                        required("hearingOfficer", "听证主持人", FieldKind.TEXT),
                        optional("hearingClerk", "听证记录员", FieldKind.TEXT),
                        optional("requestedOn", "申请听证日期", FieldKind.DATE),
                        optional("priorNoticeNumber", "事先告知书文号", FieldKind.TEXT),
                        optional("contactPerson", "联系人", FieldKind.TEXT),
                        optional("contactPhone", "联系电话", FieldKind.TEXT)),
                withCommon(
                        "hearingAt", "2026-04-16T14:30",
                        "hearingPlace", "示范市东湖区人民路1号东湖区人力资源和社会保障局听证室",
                        "hearingOfficer", "孙明（法制科）",
                        "hearingClerk", "周婷",
                        "requestedOn", "2026-04-01",
                        "priorNoticeNumber", "东湖劳监罚告字〔2026〕2号",
                        "contactPerson", "周婷",
                        "contactPhone", "0571-87654330"));
    }

    // 行政处罚决定书: what 行政处罚法 §59 requires; paid within 15 days (§67), 加处罚款 3% a day (§72)
    private static DocumentType penaltyDecision() {
        return type(
                PENALTY_DECISION,
                "行政处罚决定书",
                "inspection/penalty-decision",
                "{office}劳监罚字〔{year}〕{seq}号",
                decisionCommon(),
                List.of(
                        required("violations", "违法事实及证据", FieldKind.TEXTAREA),
                        required("legalBasis", "处罚依据", FieldKind.TEXTAREA),
                        required("penalty", "行政处罚的种类和内容", FieldKind.TEXTAREA),
                        optional("fineAmount", "罚款金额（元）", FieldKind.TEXT),
                        // a warning alone has nothing to pay
                        optional("payBy", "缴纳期限", FieldKind.DATE),
                        optional("paymentMethod", "缴纳方式", FieldKind.TEXT).withHint("例如：持本决定书到示范市农业银行东湖支行或者通过电子支付系统"),
                        required("priorNoticeNumber", "事先告知书文号", FieldKind.TEXT),
                        required("statementSummary", "陈述申辩及采纳情况", FieldKind.TEXTAREA),
                        optional("hearingSummary", "听证情况", FieldKind.TEXTAREA),
                        required("reviewBody", "行政复议机关", FieldKind.TEXT).withHint("例如：示范市东湖区人民政府"),
                        required("court", "人民法院", FieldKind.TEXT).withHint("例如：示范市东湖区人民法院")),
                withCommon(
                        "violations",
                                """
                                经查，你单位安排生产车间31名职工自2025年10月至2026年2月每月延长工作时间超过36小时，最多的达到每月72小时。
                                以上事实有下列证据证明：1.2026年3月10日现场检查笔录；2.2026年3月17日对你单位行政经理王建华的询问笔录；\
                                3.你单位2025年10月至2026年2月考勤记录、工资表复印件；4.职工证人证言5份。""",
                        "legalBasis", "《中华人民共和国劳动法》第四十一条、第九十条；《劳动保障监察条例》第二十五条。",
                        "penalty", "给予警告，并按照受侵害的劳动者每人500元的标准计算，处以罚款15500元。",
                        "fineAmount", "15500",
                        "payBy", "2026-05-08",
                        "paymentMethod", "持本决定书到示范市农业银行东湖支行或者通过电子支付系统",
                        "priorNoticeNumber", "东湖劳监罚告字〔2026〕2号",
                        "statementSummary",
                                """
                                你单位于2026年4月1日提出书面陈述、申辩，称延长工作时间系因订单集中，且已于2026年3月起安排调休。\
                                经复核，订单集中不是法定的可以不受限制延长工作时间的情形，调休不能改变此前已发生的违法事实，\
                                本机关不予采纳；考虑你单位已主动改正，本机关在法定幅度内从轻确定罚款数额。""",
                        "hearingSummary",
                                """
                                你单位于2026年4月1日申请听证，本机关于2026年4月16日依法举行听证，听证由非本案调查人员孙明主持。\
                                你单位委托代理人到场陈述、申辩并质证，未提出新的事实和证据。""",
                        "reviewBody", "示范市东湖区人民政府",
                        "court", "示范市东湖区人民法院"));
    }

    // 撤销立案审批表: 条例 §18 (三) 情节轻微且已改正的, 撤销立案
    private static DocumentType withdrawalApproval() {
        return type(
                WITHDRAWAL_APPROVAL,
                "撤销立案审批表",
                "inspection/withdrawal-approval",
                "{office}劳监撤审字〔{year}〕{seq}号",
                common(Set.of(), false),
                List.of(
                        required("reason", "撤销立案的理由", FieldKind.TEXTAREA),
                        optional("proposedBy", "承办人", FieldKind.TEXT),
                        optional("approvalOpinion", "负责人审批意见", FieldKind.TEXTAREA),
                        optional("approvedBy", "批准人", FieldKind.TEXT),
                        optional("approvedOn", "批准日期", FieldKind.DATE)),
                withCommon(
                        "reason",
                                """
                                经调查，该单位延迟发放2026年1月工资7天，涉及职工3人，金额19500元，已于立案后3日内全部补发，\
                                职工确认无异议。违法情节轻微且已改正，依据《劳动保障监察条例》第十八条第一款第（三）项，建议撤销立案。""",
                        "proposedBy", "张伟、刘洋",
                        "approvalOpinion", "同意撤销立案。",
                        "approvedBy", "赵建国",
                        "approvedOn", "2026-03-25"));
    }

    // 案件移送书: 条例 §18 ¶2 — not an inspection matter: transferred to the competent department
    private static DocumentType caseTransfer() {
        return type(
                CASE_TRANSFER,
                "案件移送书",
                "inspection/case-transfer",
                "{office}劳监移字〔{year}〕{seq}号",
                common(Set.of("facts"), false),
                List.of(
                        required("receivingBody", "接收机关", FieldKind.TEXT),
                        required("reason", "移送理由及依据", FieldKind.TEXTAREA),
                        optional("enclosures", "随附材料", FieldKind.TEXTAREA).withHint("每行一项"),
                        optional("contactPerson", "联系人", FieldKind.TEXT),
                        optional("contactPhone", "联系电话", FieldKind.TEXT)),
                withCommon(
                        "receivingBody", "示范市东湖区市场监督管理局",
                        "reason", "经调查，该单位在厂区内无证经营食堂，不属于劳动保障监察事项，属于你局职责范围。依据《劳动保障监察条例》第十八条第二款的规定，现将该案移送你局处理。",
                        "enclosures", "现场检查笔录复印件1份；现场照片6张。",
                        "contactPerson", "张伟",
                        "contactPhone", "0571-87654321"));
    }

    // 涉嫌犯罪案件移送书: 国务院令第310号 §5 (正职负责人 3日内批准, 24小时内移送), §6 (随附材料); 刑法 §276之一
    private static DocumentType criminalTransfer() {
        return type(
                CRIMINAL_TRANSFER,
                "涉嫌犯罪案件移送书",
                "inspection/criminal-transfer",
                "{office}劳监刑移字〔{year}〕{seq}号",
                common(Set.of("facts"), false),
                List.of(
                        required("receivingBody", "接收机关", FieldKind.TEXT).withHint("同级公安机关"),
                        required("suspectedOffence", "涉嫌罪名", FieldKind.TEXT),
                        required("reason", "移送理由", FieldKind.TEXTAREA),
                        required("amountOwed", "拖欠劳动报酬金额（元）", FieldKind.TEXT),
                        required("workersAffected", "涉及劳动者人数", FieldKind.NUMBER),
                        required("headApprovedOn", "负责人批准移送日期", FieldKind.DATE),
                        optional("orderNumber", "责令支付文书文号", FieldKind.TEXT),
                        optional("enclosures", "随附材料", FieldKind.TEXTAREA).withHint("每行一项"),
                        optional("contactPerson", "联系人", FieldKind.TEXT),
                        optional("contactPhone", "联系电话", FieldKind.TEXT)),
                withCommon(
                        "receivingBody", "示范市公安局东湖区分局",
                        "suspectedOffence", "拒不支付劳动报酬罪（《中华人民共和国刑法》第二百七十六条之一）",
                        "reason",
                                """
                                该单位拖欠23名职工工资共计437000元。本机关于2026年4月20日送达《劳动保障监察行政处理决定书》，\
                                责令其于2026年5月6日前支付，该单位逾期仍不支付；其法定代表人王建国已于2026年4月下旬转移生产设备并失联，\
                                涉嫌以转移财产、逃匿方法逃避支付劳动者的劳动报酬，数额较大，经政府有关部门责令支付仍不支付。""",
                        "amountOwed", "437000",
                        "workersAffected", "23",
                        "headApprovedOn", "2026-05-08",
                        "orderNumber", "东湖劳监处字〔2026〕4号",
                        "enclosures",
                                """
                                涉嫌犯罪案件情况的调查报告1份；
                                劳动保障监察行政处理决定书及送达回证复印件各1份；
                                询问笔录、现场检查笔录复印件各2份；
                                拖欠工资职工名单及工资表复印件1份。""",
                        "contactPerson", "张伟",
                        "contactPhone", "0571-87654321"));
    }

    // 延期审批表: 条例 §17 — once, 30 working days, by the head of the 劳动保障行政部门, on or before the due date
    private static DocumentType extensionApproval() {
        return type(
                EXTENSION_APPROVAL,
                "延期审批表",
                "inspection/extension-approval",
                "{office}劳监延审字〔{year}〕{seq}号",
                common(Set.of(), false),
                List.of(
                        required("reason", "延期理由", FieldKind.TEXTAREA),
                        required("originalDue", "原办结期限", FieldKind.DATE),
                        required("newDue", "延长后办结期限", FieldKind.DATE),
                        optional("proposedBy", "承办人", FieldKind.TEXT),
                        optional("approvalOpinion", "负责人审批意见", FieldKind.TEXTAREA),
                        required("approvedBy", "批准人", FieldKind.TEXT),
                        optional("approvedOn", "批准日期", FieldKind.DATE)),
                withCommon(
                        "reason", "该案涉及职工23人，该单位法定代表人长期不到案接受询问，需委托会计师事务所对其工资支付情况进行审计，60个工作日内无法完成调查。",
                        "originalDue", "2026-06-02",
                        "newDue", "2026-07-15",
                        "proposedBy", "张伟、刘洋",
                        "approvalOpinion", "同意延长30个工作日。",
                        "approvedBy", "李卫东",
                        "approvedOn", "2026-05-29"));
    }

    // 结案审批表: the case's outcome and the leader's closing approval
    private static DocumentType closingApproval() {
        return type(
                CLOSING_APPROVAL,
                "结案审批表",
                "inspection/closing-approval",
                "{office}劳监结审字〔{year}〕{seq}号",
                common(Set.of(), false),
                List.of(
                        required("outcomeSummary", "处理结果", FieldKind.TEXTAREA),
                        required("closingOpinion", "结案意见", FieldKind.TEXTAREA),
                        optional("proposedBy", "承办人", FieldKind.TEXT),
                        optional("approvalOpinion", "负责人审批意见", FieldKind.TEXTAREA),
                        optional("approvedBy", "批准人", FieldKind.TEXT),
                        optional("approvedOn", "批准日期", FieldKind.DATE)),
                withCommon(
                        "outcomeSummary",
                                """
                                本机关于2026年3月18日送达限期整改指令书（东湖劳监改字〔2026〕3号）。\
                                该单位于2026年3月28日向23名职工支付拖欠的工资437000元，与5名职工补订书面劳动合同，经2026年4月1日复查属实。""",
                        "closingOpinion", "违法行为已改正，建议结案。",
                        "proposedBy", "张伟、刘洋",
                        "approvalOpinion", "同意结案。",
                        "approvedBy", "赵建国",
                        "approvedOn", "2026-04-03"));
    }

    /**
     * The common fields; those named are required. A document served on the employer needs its address (行政处罚法
     * §59 (一); where it is served).
     */
    private static List<DocumentField> common(Set<String> alsoRequired, boolean served) {
        List<DocumentField> fields = new ArrayList<>();
        fields.add(required("caseNumber", "案件编号", FieldKind.TEXT));
        fields.add(field("originLabel", "案件来源", FieldKind.TEXT, alsoRequired));
        fields.add(field("filedOn", "立案日期", FieldKind.DATE, alsoRequired));
        fields.add(field("dueDate", "办结期限", FieldKind.DATE, alsoRequired));
        fields.add(required("employerName", "用人单位", FieldKind.TEXT));
        fields.add(field("employerCreditCode", "统一社会信用代码", FieldKind.TEXT, alsoRequired));
        fields.add(
                served
                        ? required("employerAddress", "住所", FieldKind.TEXT)
                        : field("employerAddress", "住所", FieldKind.TEXT, alsoRequired));
        fields.add(field("employerRepresentative", "法定代表人或主要负责人", FieldKind.TEXT, alsoRequired));
        fields.add(field("employerRepresentativeTitle", "职务", FieldKind.TEXT, alsoRequired));
        fields.add(field("inspectors", "承办监察员", FieldKind.TEXT, alsoRequired));
        fields.add(field("facts", "案情摘要", FieldKind.TEXTAREA, alsoRequired));
        return fields;
    }

    private static List<DocumentField> decisionCommon() {
        return common(Set.of(), true);
    }

    private static DocumentField field(String name, String label, FieldKind kind, Set<String> required) {
        return required.contains(name) ? required(name, label, kind) : optional(name, label, kind);
    }

    private static DocumentType type(
            String code,
            String name,
            String template,
            String pattern,
            List<DocumentField> common,
            List<DocumentField> own,
            Map<String, String> sample) {
        List<DocumentField> fields = new ArrayList<>(common);
        fields.addAll(own);
        return new DocumentType(code, name, template, pattern, fields, sample);
    }

    /** A sample: the case every sample shares, then the type's own values (a null drops a common one). */
    private static Map<String, String> withCommon(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("caseNumber", "东湖监察〔2026〕15号");
        map.put("originLabel", "投诉");
        map.put("filedOn", "2026-03-05");
        map.put("dueDate", "2026-06-02");
        map.put("employerName", EMPLOYER);
        map.put("employerCreditCode", "91330100MA2H3K7X5Q");
        map.put("employerAddress", "示范市东湖区高新园科技路66号");
        map.put("employerRepresentative", "王建国");
        map.put("employerRepresentativeTitle", "董事长");
        map.put("inspectors", "张伟、刘洋");
        map.put("facts", "该单位自2025年11月起拖欠生产车间23名职工工资，至2026年1月止共计约43.7万元，职工多次催要未果。");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                map.remove(pairs[i]);
            } else {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
