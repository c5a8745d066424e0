package cn.laborcase.demo;

import cn.laborcase.demo.persistence.DemoDataMapper;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.intake.ComplaintRegistration;
import cn.laborcase.intake.RegisterComplaintRequest;
import cn.laborcase.intake.RegisterComplaintRequest.ComplainantRequest;
import cn.laborcase.intake.RegisterComplaintRequest.EmployerRequest;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo city 示范市 into an empty database: the city bureau, two district inspection offices, the
 * arbitration committee, six grids, staff in every role (password {@value #PASSWORD}, README), 42 employers with
 * valid credit codes, one registry review per grid so that every inbox has work in it, and four complaints registered
 * through the real intake (one of them a wage-arrears emergency, one an anonymous report), a few inspection cases and
 * this month's patrol plan of G01 with one patrol recorded.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    static final String REGISTRY_REVIEW = "employer-registry-review";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DemoDataMapper mapper;
    private final PasswordEncoder passwords;
    private final ProcessStarter processes;
    private final ComplaintRegistration complaints;
    private final UserLookup users;
    private final java.time.Clock clock;
    private final DemoInspectionCases inspectionCases;
    private final EmployerRegistry employerRegistry;
    private final DemoPatrols patrols;
    private final ArbitrationDemo arbitration;
    private final HearingDemo hearings;
    private final MediationDemo mediation;

    DemoDataLoader(
            DemoDataMapper mapper,
            PasswordEncoder passwords,
            ProcessStarter processes,
            ComplaintRegistration complaints,
            UserLookup users,
            java.time.Clock clock,
            DemoInspectionCases inspectionCases,
            EmployerRegistry employerRegistry,
            DemoPatrols patrols,
            ArbitrationDemo arbitration,
            HearingDemo hearings,
            MediationDemo mediation) {
        this.arbitration = arbitration;
        this.hearings = hearings;
        this.mediation = mediation;
        this.employerRegistry = employerRegistry;
        this.patrols = patrols;
        this.clock = clock;
        this.inspectionCases = inspectionCases;
        this.mapper = mapper;
        this.passwords = passwords;
        this.processes = processes;
        this.complaints = complaints;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (mapper.countStaff() > 0) {
            return;
        }
        offices();
        String hash = passwords.encode(PASSWORD);
        for (DemoStaff s : DemoStaff.ALL) {
            mapper.insertStaff(
                    s.username(),
                    s.name(),
                    hash,
                    s.office(),
                    s.title(),
                    s.phone(),
                    s.username() + "@demo.laborcase.cn");
            for (Role role : s.roles()) {
                mapper.insertRole(s.username(), role.name());
            }
        }
        grids();
        employers();
        registryReviews();
        complaints();
        inspectionCases.load();
        patrols.load();
        arbitration.load(hash);
        hearings.load();
        mediation.load();
        log.info("示范数据已载入：{} 名工作人员，演示密码见 README", DemoStaff.ALL.size());
    }

    private void offices() {
        mapper.insertOffice("C0", "示范市人力资源和社会保障局", "示范", "BUREAU", "示范市", null);
        mapper.insertOffice("D1", "示范市东湖区劳动保障监察大队", "东湖", "INSPECTION", "东湖区", "C0");
        mapper.insertOffice("D2", "示范市西山区劳动保障监察大队", "西山", "INSPECTION", "西山区", "C0");
        mapper.insertOffice("A1", "示范市劳动人事争议仲裁委员会", "示", "ARBITRATION", "示范市", "C0");
    }

    private void grids() {
        for (DemoGrid g : DemoGrid.ALL) {
            mapper.insertGrid(g.code(), g.name(), g.office(), g.area(), g.responsible());
            mapper.insertGridMember(g.code(), g.responsible(), "INSPECTOR");
            mapper.insertGridMember(g.code(), g.partner(), "INSPECTOR");
            mapper.insertGridMember(g.code(), g.assistant(), "ASSISTANT");
        }
    }

    private void employers() {
        List<String> kinds = List.of("建筑工程", "餐饮服务", "电子科技", "物业管理", "服装制造", "物流运输", "商贸", "机械加工");
        List<String> words = List.of("恒信", "华安", "鼎盛", "佳和", "永泰", "瑞丰", "启航");
        List<String> industries = List.of("建筑业", "住宿和餐饮业", "制造业", "物业服务", "制造业", "交通运输业", "批发和零售业", "制造业");
        List<String> people = List.of("陈建华", "林国强", "王丽萍", "张志勇", "黄文斌", "刘秀英", "吴海涛");
        int n = 0;
        for (DemoGrid grid : DemoGrid.ALL) {
            for (int i = 0; i < 7; i++, n++) {
                int kind = (n * 3 + i) % kinds.size();
                String name = "示范市" + grid.district() + words.get(i) + kinds.get(kind) + "有限公司";
                String grade = n % 9 == 4 ? "C" : n % 4 == 0 ? "A" : "B";
                mapper.insertEmployer(
                        creditCode(n),
                        name,
                        grid.code(),
                        grid.district() + grid.street() + (10 + n * 7) + "号",
                        people.get(i),
                        industries.get(kind),
                        12 + (n * 37) % 480,
                        grade,
                        "C".equals(grade));
            }
        }
        employerRegistry.fillMissingSearchKeys();
    }

    /** A well-formed 统一社会信用代码: 91 (enterprise), administrative division 330199, organisation code, check. */
    static String creditCode(int n) {
        String body = "91330199" + "MA" + String.format("%05d", 1000 + n * 173) + "X" + (n % 10);
        return body + CreditCode.checkCharacter(body);
    }

    /**
     * Registered as the desks would: a wage complaint of three workers in G01 (status page: 东湖投诉〔year〕1号 with
     * 13800000001), an anonymous report of child labour in G02, 42 unpaid workers on a G01 building site (the emergency
     * is reported at once), and a dismissal dispute in G04 that the routing suggests for arbitration.
     */
    private void complaints() {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        CurrentUser clerk1 = users.findActive("clerk1").orElseThrow();
        CurrentUser clerk2 = users.findActive("clerk2").orElseThrow();
        complaints.register(
                clerk1,
                complaint(
                        "COMPLAINT",
                        "COUNTER",
                        1,
                        "WAGE_ARREARS",
                        3,
                        "26400.00",
                        today.minusMonths(2),
                        "自两个月前起拖欠张小明等三名员工工资共计26400元，多次催要未果。",
                        "要求被投诉单位支付拖欠的工资共计26400元。",
                        List.of(
                                consenting(person("张小明", "19900307", 1), "电工", "zhangxiaoming@example.cn"),
                                person("李小红", "19921115", 2),
                                person("王大力", "19880523", 3))));
        complaints.register(
                clerk1,
                complaint(
                        "REPORT",
                        "PHONE",
                        8,
                        "CHILD_LABOR",
                        2,
                        null,
                        today.minusDays(20),
                        "12333来电反映：该单位后厨有两名疑似未满十六周岁的帮工。举报人要求匿名。",
                        null,
                        List.of()));
        complaints.register(
                clerk1,
                complaint(
                        "COMPLAINT",
                        "CLUE_PLATFORM",
                        0,
                        "WAGE_ARREARS",
                        42,
                        "512000.00",
                        today.minusMonths(3),
                        "全国欠薪线索平台转来：工地42名农民工三个月工资未发，总包单位称分包已撤场。",
                        "要求支付42名农民工三个月工资，约51.2万元。",
                        List.of(person("赵建军", "19780612", 4))));
        complaints.register(
                clerk2,
                complaint(
                        "COMPLAINT",
                        "ONLINE",
                        22,
                        "DISMISSAL_DISPUTE",
                        1,
                        null,
                        today.minusDays(10),
                        "被公司以业务调整为由解除劳动合同，未支付经济补偿。",
                        "要求支付解除劳动合同的经济补偿。",
                        List.of(person("陈思远", "19951201", 5))));
    }

    private static RegisterComplaintRequest complaint(
            String kind,
            String channel,
            int employer,
            String category,
            int workers,
            String amount,
            LocalDate startedOn,
            String description,
            String claims,
            List<ComplainantRequest> people) {
        return new RegisterComplaintRequest(
                kind,
                channel,
                null,
                people,
                // 若干规定 §17: the employer's 法定代表人 as the complainant names him (the demo registry's)
                new EmployerRequest(
                        creditCode(employer),
                        null,
                        null,
                        null,
                        null,
                        kind.equals("REPORT") ? null : REPRESENTATIVES.get(employer % 7),
                        kind.equals("REPORT") ? null : "总经理"),
                category,
                workers,
                amount == null ? null : new BigDecimal(amount),
                startedOn,
                null,
                false,
                description,
                null,
                claims);
    }

    /** The 法定代表人 the demo registry gives employer n (as {@code employers()} inserts them). */
    private static final List<String> REPRESENTATIVES = List.of("陈建华", "林国强", "王丽萍", "张志勇", "黄文斌", "刘秀英", "吴海涛");

    /** A complainant with his occupation who signed a 送达地址确认书 for an e-mail address (民事诉讼法 §90). */
    private static ComplainantRequest consenting(ComplainantRequest p, String occupation, String email) {
        return new ComplainantRequest(p.name(), p.idNumber(), p.phone(), p.address(), email, occupation, null, true);
    }

    /** A demo complainant with a valid ID number (GB 11643) and the mobile 1380000000n. */
    private static ComplainantRequest person(String name, String birthDate, int n) {
        String first17 = "330106" + birthDate + "00" + n;
        return new ComplainantRequest(
                name, first17 + IdCardNumber.checkCharacter(first17), "1380000000" + n, "示范市东湖区某小区", null);
    }

    private void registryReviews() {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        int i = 0;
        for (DemoGrid grid : DemoGrid.ALL) {
            // two grids are already past their due date so the 已超期 filter has something to show
            LocalDate due = i % 3 == 0 ? today.minusDays(3) : today.plusDays(10 + i * 3);
            Date dueDate = Date.from(due.atTime(17, 30).atZone(CHINA).toInstant());
            processes.start(
                    REGISTRY_REVIEW,
                    "HC-" + today.getYear() + "-" + grid.code(),
                    new CaseContext(grid.name() + " " + today.getYear() + "年下半年用人单位信息核查", grid.office(), grid.code()),
                    Map.of("dueDate", dueDate));
            i++;
        }
    }
}
