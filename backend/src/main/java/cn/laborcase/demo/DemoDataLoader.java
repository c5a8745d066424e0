package cn.laborcase.demo;

import cn.laborcase.demo.persistence.DemoDataMapper;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.organization.Role;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
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
 * valid credit codes, and one registry review per grid so that every inbox has work in it.
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

    DemoDataLoader(DemoDataMapper mapper, PasswordEncoder passwords, ProcessStarter processes) {
        this.mapper = mapper;
        this.passwords = passwords;
        this.processes = processes;
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
    }

    /** A well-formed 统一社会信用代码: 91 (enterprise), administrative division 330199, organisation code, check. */
    static String creditCode(int n) {
        String body = "91330199" + "MA" + String.format("%05d", 1000 + n * 173) + "X" + (n % 10);
        return body + CreditCode.checkCharacter(body);
    }

    private void registryReviews() {
        LocalDate today = LocalDate.now(CHINA);
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
