package cn.laborcase.mediation;

import cn.laborcase.intake.IntakeFixtures;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An office of its own for each mediation test (IntakeFixtures' office) with two mediators and a leader, and
 * requests that pass every check, so that numbering and scope never depend on the demo data or on another test.
 */
public final class MediationFixtures {

    public final IntakeFixtures office;
    public final CurrentUser mediator;
    public final CurrentUser colleague;
    public final CurrentUser leader;

    public MediationFixtures(JdbcTemplate jdbc, UserLookup users) {
        office = new IntakeFixtures(jdbc, users);
        mediator = office.staff("调解员甲", Role.MEDIATOR, null);
        colleague = office.staff("调解员乙", Role.MEDIATOR, null);
        leader = office.leader;
    }

    /** A valid credit code of no registered employer, the same for every request of this run. */
    public static final String CREDIT_CODE = IntakeFixtures.newCreditCode();

    public static RegisterMediationRequest request(LocalDate appliedOn) {
        return new RegisterMediationRequest(
                appliedOn,
                List.of(new PartyRequest("王小明", IntakeFixtures.idNumber(), "13900001111", "示范市东湖区滨江路18号")),
                new RespondentRequest(CREDIT_CODE, "示范市某建筑劳务有限公司", "示范市东湖区中山路1号"),
                List.of(
                        new ClaimRequest("WAGES", new BigDecimal("12000.00"), "2026年8月至10月工资"),
                        new ClaimRequest("SEVERANCE", new BigDecimal("6000"), null)),
                "申请人在被申请人处从事钢筋工，被拖欠三个月工资后被辞退。");
    }
}
