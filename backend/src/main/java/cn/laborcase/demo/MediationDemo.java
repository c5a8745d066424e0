package cn.laborcase.demo;

import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.mediation.AgreementRequest;
import cn.laborcase.mediation.ClaimRequest;
import cn.laborcase.mediation.ConfirmationRequest;
import cn.laborcase.mediation.MediationCases;
import cn.laborcase.mediation.MediationWork;
import cn.laborcase.mediation.PartyRequest;
import cn.laborcase.mediation.RegisterMediationRequest;
import cn.laborcase.mediation.RegisteredMediation;
import cn.laborcase.mediation.RespondentRequest;
import cn.laborcase.mediation.SessionRequest;
import cn.laborcase.mediation.TerminationRequest;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.IdCardNumber;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Mediation cases of the demo mediator 杨洁 (A1) in several states, built through the track's services as she would:
 * one under mediation with a session, one agreed (调解协议书), one whose parties then applied jointly for the
 * committee's review, one terminated, and one whose 15 days ran out (the engine's timer fails it at once and issues
 * the 调解不成告知书, ready for the arbitration application).
 */
@Component
class MediationDemo {

    private final MediationCases cases;
    private final MediationWork work;
    private final EmployerRegistry employers;
    private final UserLookup users;
    private final Clock clock;

    MediationDemo(MediationCases cases, MediationWork work, EmployerRegistry employers, UserLookup users, Clock clock) {
        this.cases = cases;
        this.work = work;
        this.employers = employers;
        this.users = users;
        this.clock = clock;
    }

    void load() {
        CurrentUser mediator = users.findActive("mediator").orElseThrow();
        List<EmployerView> g02 = employers.inGrid("G02");
        LocalDate today = BeijingTime.today(clock);

        RegisteredMediation mediating = cases.register(
                mediator,
                null,
                application(
                        today.minusDays(3),
                        g02.get(0),
                        "孙建国",
                        "19850612",
                        1,
                        new ClaimRequest("WAGES", new BigDecimal("15600.00"), "2026年9月至11月工资"),
                        "申请人在被申请人处任仓库管理员，被拖欠三个月工资。"));
        work.recordSession(
                mediator,
                mediating.id(),
                new SessionRequest(today.minusDays(1), "仲裁委调解室一", "孙建国；被申请人人事经理周某", "被申请人承认欠薪，提出分两期支付，申请人考虑中。"));

        RegisteredMediation agreed = cases.register(
                mediator,
                null,
                application(
                        today.minusDays(6),
                        g02.get(1),
                        "钱丽华",
                        "19920304",
                        2,
                        new ClaimRequest("OVERTIME", new BigDecimal("4800.00"), "2026年10月休息日加班"),
                        "申请人主张休息日加班未安排补休也未支付加班费。"));
        work.recordAgreement(
                mediator,
                agreed.id(),
                new AgreementRequest(
                        today.minusDays(1),
                        List.of(new ClaimRequest("OVERTIME", new BigDecimal("4000.00"), null)),
                        "被申请人于协议签署之日起十日内一次性支付申请人加班费4000元，申请人不再就该事项主张其他权利。"));

        RegisteredMediation confirmed = cases.register(
                mediator,
                null,
                application(
                        today.minusDays(8),
                        g02.get(2),
                        "李红梅",
                        "19880720",
                        3,
                        new ClaimRequest("SEVERANCE", new BigDecimal("18000.00"), "违法解除劳动合同的经济补偿"),
                        "被申请人以经营困难为由解除劳动合同，未支付经济补偿。"));
        work.recordAgreement(
                mediator,
                confirmed.id(),
                new AgreementRequest(
                        today.minusDays(2),
                        List.of(new ClaimRequest("SEVERANCE", new BigDecimal("15000.00"), null)),
                        "被申请人于2026年12月31日前支付申请人经济补偿15000元。"));
        work.requestConfirmation(mediator, confirmed.id(), new ConfirmationRequest(today, "双方到场共同申请"));

        RegisteredMediation terminated = cases.register(
                mediator,
                null,
                application(
                        today.minusDays(4),
                        g02.get(3),
                        "吴志强",
                        "19790101",
                        4,
                        new ClaimRequest("MEDICAL", new BigDecimal("7300.00"), "停工留薪期医疗费"),
                        "申请人工作中受伤，被申请人拒绝承担医疗费。"));
        work.terminate(mediator, terminated.id(), new TerminationRequest(today, "被申请人明确表示不同意调解"));

        // applied 20 days ago: the 15 days are over, the timer fails it as soon as the job executor runs
        cases.register(
                mediator,
                null,
                application(
                        today.minusDays(20),
                        g02.get(4),
                        "郑海燕",
                        "19950918",
                        5,
                        new ClaimRequest("WAGES", new BigDecimal("9200.00"), "2026年10月至11月工资"),
                        "被申请人拖欠两个月工资，多次催要未果。"));
    }

    private static RegisterMediationRequest application(
            LocalDate appliedOn,
            EmployerView employer,
            String name,
            String birthDate,
            int n,
            ClaimRequest claim,
            String facts) {
        String first17 = "330106" + birthDate + "01" + n;
        return new RegisterMediationRequest(
                appliedOn,
                List.of(new PartyRequest(
                        name, first17 + IdCardNumber.checkCharacter(first17), "1390000000" + n, "示范市西湖区某小区" + n + "幢")),
                new RespondentRequest(employer.creditCode(), employer.name(), employer.address()),
                List.of(claim),
                facts);
    }
}
