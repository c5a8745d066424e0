package cn.laborcase.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.support.IntegrationTest;
import jakarta.servlet.ServletContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The case page fragments render from their view records, with personal data masked and times in Beijing. */
@IntegrationTest
class CaseFragmentsIT {

    @Autowired
    ITemplateEngine templates;

    @Autowired
    ServletContext servletContext;

    @Test
    void theTimelineShowsEachStepInBeijingTimeWithItsLabel() {
        String html = render(
                "timeline",
                Map.of(
                        "entries",
                        List.of(new CaseTimelineEntry(
                                Instant.parse("2026-03-02T01:30:00Z"), "APPLIED", "申请", "system", "系统", "提交申请书"))));

        assertThat(html)
                .contains("data-step=\"APPLIED\"")
                .contains("2026-03-02 09:30:00")
                .contains("申请")
                .contains("提交申请书");
    }

    @Test
    void theHeaderShowsEachDeadlineWithItsUnitBasisAndComputation() {
        CaseHeader header = new CaseHeader(
                CaseRef.of(CaseType.ARBITRATION_CASE, 5),
                "东湖劳人仲案字〔2026〕第5号",
                "审理中",
                List.of(new CaseDeadline(
                        "仲裁审理期限",
                        LocalDate.of(2026, 5, 18),
                        45,
                        "日",
                        "《劳动争议调解仲裁法》第四十三条",
                        "自2026-04-02起算，2026-05-18届满",
                        "OPEN",
                        -2,
                        false)));

        String html = render("header", Map.of("header", header));

        assertThat(html)
                .contains("仲裁案件 东湖劳人仲案字〔2026〕第5号")
                .contains("2026-05-18")
                .contains("已超期 2 天")
                .contains("45日")
                .contains("《劳动争议调解仲裁法》第四十三条")
                .contains("自2026-04-02起算");
    }

    @Test
    void partiesAreShownMaskedAndTasksLinkToTheirPage() {
        String parties = render(
                "parties",
                Map.of(
                        "title",
                        "当事人",
                        "parties",
                        List.of(
                                CaseParty.masked("申请人", "张三", "330102199001011234", "13812345678", "zs@example.cn"),
                                CaseParty.confidential("举报人", "李四", "330102199001015678", "13900001111", null))));
        String tasks = render(
                "tasks",
                Map.of("tasks", List.of(new CaseTask("t-1", "受理审查", null, Instant.parse("2026-03-09T15:59:59Z")))));

        assertThat(parties)
                .contains("330102********1234")
                .contains("138****5678")
                .contains("z***@example.cn")
                .contains("李*")
                .doesNotContain("13812345678")
                .doesNotContain("李四");
        assertThat(tasks).contains("/tasks/t-1").contains("待签收").contains("期限 2026-03-09");
    }

    private String render(String fragment, Map<String, Object> variables) {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, java.util.Locale.SIMPLIFIED_CHINESE, Map.copyOf(variables));
        return templates.process("fragments/case", Set.of(fragment), context);
    }
}
