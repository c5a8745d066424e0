package cn.laborcase.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCsvTest {

    @Test
    void readsAWellFormedYear() {
        String csv =
                """
                \uFEFFdate,kind,name,source
                # 国庆节
                2031-10-01,OFF,国庆节,国办发明电〔2030〕1号
                2031-10-11,working,国庆节调休上班,"国办发明电〔2030〕1号"

                """;

        List<ScheduledDay> days = HolidayCsv.parse(2031, csv);

        assertThat(days)
                .containsExactly(
                        new ScheduledDay(LocalDate.parse("2031-10-01"), DayKind.OFF, "国庆节", "国办发明电〔2030〕1号"),
                        new ScheduledDay(LocalDate.parse("2031-10-11"), DayKind.WORKING, "国庆节调休上班", "国办发明电〔2030〕1号"));
    }

    @Test
    void rejectsTheWholeFileNamingEveryBadLineAndWhy() {
        String csv =
                """
                date,kind,name,source
                2031-10-04,OFF,国庆节,国办发明电〔2030〕1号
                2031-02-30,OFF,春节,国办发明电〔2030〕1号
                2030-12-31,OFF,元旦,国办发明电〔2030〕1号
                2031-10-02,HOLIDAY,国庆节,国办发明电〔2030〕1号
                2031-10-04,WORKING,国庆节调休上班,国办发明电〔2030〕1号
                2031-10-04,OFF,国庆节,国办发明电〔2030〕1号
                2031-10-08,WORKING,国庆节调休上班,国办发明电〔2030〕1号
                2031-10-03,OFF,,
                2031-10-04,OFF,国庆节
                """;

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> HolidayCsv.parse(2031, csv));

        assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(
                        tuple("line3", "第3行：日期「2031-02-30」无效，应为yyyy-MM-dd格式的真实日期"),
                        tuple("line4", "第4行：日期2030-12-31不属于2031年"),
                        tuple("line5", "第5行：类型「HOLIDAY」无效，应为OFF（放假）或WORKING（调休上班）"),
                        tuple("line6", "第6行：日期2031-10-04与第2行矛盾（一行为放假，一行为调休上班）"),
                        tuple("line7", "第7行：日期2031-10-04与第2行重复"),
                        tuple("line8", "第8行：2031-10-08（周三）本是工作日，不能标为调休上班（WORKING只用于周六、周日）"),
                        tuple("line9", "第9行：名称不能为空；来源（通知文号）不能为空"),
                        tuple("line10", "第10行：应有4列（date,kind,name,source），实际3列"));
    }

    @Test
    void rejectsAFileWithoutTheHeader() {
        assertThat(problems("day,type,name,source\n2031-10-01,OFF,国庆节,通知"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("line1");
                    assertThat(p.message()).isEqualTo("第1行：第一行应为表头 date,kind,name,source，实际为「day,type,name,source」");
                });
    }

    @Test
    void rejectsAFileWithoutDays() {
        assertThat(problems("date,kind,name,source\n\n# 暂无\n")).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("文件中没有任何日期"));
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThat(problems("date,kind,name,source\n2031-10-01,OFF,\"国庆节,通知"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("第2行：引号不成对"));
    }

    @Test
    void rejectsAFileThatIsNotUtf8() {
        byte[] gbk = "date,kind,name,source\n2031-10-01,OFF,国庆节,通知".getBytes(java.nio.charset.Charset.forName("GBK"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> HolidayCsv.parse(2031, gbk));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("UTF-8"));
        assertThat(HolidayCsv.parse(
                        2031, "date,kind,name,source\n2031-10-01,OFF,国庆节,通知".getBytes(StandardCharsets.UTF_8)))
                .hasSize(1);
    }

    private static java.util.List<FieldProblem> problems(String csv) {
        return catchThrowableOfType(InvalidInputException.class, () -> HolidayCsv.parse(2031, csv))
                .problems();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
