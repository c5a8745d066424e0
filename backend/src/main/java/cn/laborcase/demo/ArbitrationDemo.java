package cn.laborcase.demo;

import cn.laborcase.arbitration.AcceptanceDecision;
import cn.laborcase.arbitration.ApplicationReview;
import cn.laborcase.arbitration.ArbitrationRegistration;
import cn.laborcase.arbitration.AwardRequest;
import cn.laborcase.arbitration.Awards;
import cn.laborcase.arbitration.CasePreparation;
import cn.laborcase.arbitration.RegisterApplicationRequest;
import cn.laborcase.arbitration.RegisterApplicationRequest.Applicant;
import cn.laborcase.arbitration.RegisterApplicationRequest.Claim;
import cn.laborcase.arbitration.RegisterApplicationRequest.Respondent;
import cn.laborcase.arbitration.RegisteredApplication;
import cn.laborcase.arbitration.SupplementRequest;
import cn.laborcase.arbitration.TribunalRequest;
import cn.laborcase.demo.persistence.DemoDataMapper;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.IdCardNumber;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The arbitration committee A1 at work, built through the track's services as its staff would: the 立案窗口 clerk
 * 方敏 ({@code arbclerk}) and a third arbitrator 陈立 ({@code arbitrator3}) beside the existing A1 staff; an application
 * awaiting the director's review, one waiting for 补正, one refused, a collective case accepted and waiting for its
 * tribunal, an awarded case (a final and a non-final award), and two accepted cases with tribunals composed (three arbitrators; a sole arbitrator) and no hearing yet —
 * what the hearings issue will schedule.
 */
@Component
class ArbitrationDemo {

    private final DemoDataMapper mapper;
    private final UserLookup users;
    private final ArbitrationRegistration registration;
    private final ApplicationReview review;
    private final CasePreparation preparation;
    private final Awards awards;
    private final Clock clock;
    private int seq;

    ArbitrationDemo(
            DemoDataMapper mapper,
            UserLookup users,
            ArbitrationRegistration registration,
            ApplicationReview review,
            CasePreparation preparation,
            Awards awards,
            Clock clock) {
        this.mapper = mapper;
        this.users = users;
        this.registration = registration;
        this.review = review;
        this.preparation = preparation;
        this.awards = awards;
        this.clock = clock;
    }

    /** In the loader's transaction, after the staff exist; {@code hash} is the demo password's. */
    void load(String hash) {
        staff("arbclerk", "方敏", "立案窗口", "0571-80000091", Role.INTAKE_CLERK, hash);
        staff("arbitrator3", "陈立", "仲裁员", "0571-80000063", Role.ARBITRATOR, hash);
        CurrentUser clerk = users.findActive("arbclerk").orElseThrow();
        CurrentUser director = users.findActive("director").orElseThrow();

        // awaiting the director's review
        register(
                clerk,
                List.of("李秀英", "王建军"),
                "示范市东湖恒信建筑工程有限公司",
                26,
                claim("WAGES", "18600.00", "支付2026年8月至10月工资"),
                claim("SEVERANCE", "24000.00", "支付解除劳动合同经济补偿"));
        // 补正: every missing item at once
        RegisteredApplication incomplete =
                register(clerk, List.of("赵小红"), "示范市西山华安餐饮服务有限公司", 20, claim("OVERTIME", "6400.00", "支付2026年休息日加班费"));
        review.requestSupplement(
                clerk, incomplete.id(), new SupplementRequest(List.of("申请人身份证复印件", "劳动合同或工资支付凭证等与被申请人存在劳动关系的证明")));
        // refused in writing, with the right to sue
        RegisteredApplication refused =
                register(clerk, List.of("孙建"), "示范市东湖鼎盛电子科技有限公司", 30, claim("OTHER", null, "要求返还个人借款"));
        review.decide(director, refused.id(), new AcceptanceDecision("REFUSE", "申请人请求返还的系个人借款，不属于劳动人事争议处理范围。"));
        // accepted, tribunal of three, no hearing yet
        RegisteredApplication three = register(
                clerk,
                List.of("周海", "吴丽"),
                "示范市东湖永泰物业管理有限公司",
                40,
                claim("DAMAGES", "60000.00", "支付违法解除劳动合同赔偿金"),
                claim("WORKING_HOURS", null, "确认每日工作时间超过法定标准"));
        review.decide(director, three.id(), new AcceptanceDecision("ACCEPT", null));
        preparation.composeTribunal(
                director, three.id(), new TribunalRequest("THREE", "arbitrator1", "arbitrator2", "arbitrator3", null));
        // accepted, a simple case for a sole arbitrator
        RegisteredApplication sole =
                register(clerk, List.of("郑强"), "示范市西山瑞丰商贸有限公司", 36, claim("WAGES", "8200.00", "支付2026年10月工资"));
        review.decide(director, sole.id(), new AcceptanceDecision("ACCEPT", null));
        preparation.composeTribunal(director, sole.id(), new TribunalRequest("SOLE", null, null, null, "arbitrator2"));
        // a collective case: ten workers with a common claim, accepted, its tribunal (always three) still to compose
        List<String> workers = List.of("陈一", "陈二", "林三", "林四", "黄五", "黄六", "刘七", "刘八", "何九", "何十");
        RegisteredApplication collective =
                register(clerk, workers, "示范市东湖启航建筑工程有限公司", 28, claim("WAGES", "186000.00", "支付拖欠的2026年工资共计186,000元"));
        review.decide(director, collective.id(), new AcceptanceDecision("ACCEPT", null));
        // awarded by a sole arbitrator: one item within the limit (终局), one above it (非终局) — two awards
        RegisteredApplication awarded = register(
                clerk,
                List.of("冯静"),
                "示范市西山通达物流有限公司",
                24,
                claim("WAGES", "15600.00", "支付2026年8月至9月工资"),
                claim("SEVERANCE", "36000.00", "支付违法解除劳动合同赔偿金"));
        review.decide(director, awarded.id(), new AcceptanceDecision("ACCEPT", null));
        preparation.composeTribunal(
                director, awarded.id(), new TribunalRequest("SOLE", null, null, null, "arbitrator2"));
        awards.award(
                users.findActive("arbitrator2").orElseThrow(),
                awarded.id(),
                new AwardRequest(
                        List.of(
                                new AwardRequest.Item(0, "AWARDED", "15600.00", "被申请人未按时足额支付工资，有工资条和考勤记录为证"),
                                new AwardRequest.Item(1, "AWARDED", "36000.00", "被申请人解除劳动合同无事实依据，属违法解除")),
                        false));
    }

    private void staff(String username, String name, String title, String phone, Role role, String hash) {
        mapper.insertStaff(username, name, hash, "A1", title, phone, username + "@demo.laborcase.cn");
        mapper.insertRole(username, role.name());
    }

    private RegisteredApplication register(
            CurrentUser clerk, List<String> names, String employer, int hoursAgo, Claim... claims) {
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            applicants.add(new Applicant(
                    names.get(i),
                    idNumber(),
                    "1390000" + String.format("%04d", seq),
                    "示范市东湖区人民路" + (10 + seq) + "号",
                    i == 0));
        }
        String receivedAt = clock.instant()
                .minus(Duration.ofHours(hoursAgo))
                .atZone(BeijingTime.ZONE)
                .toOffsetDateTime()
                .toString();
        return registration.register(
                clerk,
                new RegisterApplicationRequest(
                        receivedAt,
                        "IN_PERSON",
                        null,
                        applicants,
                        new Respondent(creditCode(), employer, "示范市东湖区滨江路" + (seq + 1) + "号", null),
                        null,
                        null,
                        List.of(claims)),
                null);
    }

    private static Claim claim(String type, String amount, String description) {
        return new Claim(type, amount, description);
    }

    private String idNumber() {
        seq++;
        String first17 =
                "33010219" + (80 + seq % 20) + "0" + (1 + seq % 9) + "1" + (seq % 9) + String.format("%03d", 100 + seq);
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private String creditCode() {
        String body = "91330199MA" + String.format("%05d", 30000 + seq * 7) + "W" + (seq % 10);
        return body + CreditCode.checkCharacter(body);
    }
}
