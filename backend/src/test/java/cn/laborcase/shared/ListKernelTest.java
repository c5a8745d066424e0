package cn.laborcase.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.shared.web.Spreadsheet;
import cn.laborcase.support.Workbooks;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The list kernel without Spring: request parsing, LIKE escaping, date ranges, the export limit, the .xlsx. */
class ListKernelTest {

    static final Set<String> SORTS = Set.of("number", "receivedAt");

    @Test
    void readsPageSizeAndWhitelistedSort() {
        ListRequest r = ListRequest.of("2", "50", "number", "asc", SORTS);
        assertThat(r.page().page()).isEqualTo(2);
        assertThat(r.size()).isEqualTo(50);
        assertThat(r.offset()).isEqualTo(100);
        assertThat(r.sort()).isEqualTo("number");
        assertThat(r.descending()).isFalse();
        assertThat(ListRequest.of(null, null, null, null, SORTS)).isEqualTo(ListRequest.first());
    }

    @Test
    void refusesSortKeysOutsideTheWhitelistNamingTheField() {
        assertThatThrownBy(() -> ListRequest.of(null, null, "received_at desc; drop table complaint", null, SORTS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("sort", "排序：此列表不能按所给的列排序")));
        assertThatThrownBy(() -> ListRequest.of(null, null, "number", "up", SORTS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void offersOnlyPageSizesOfTenTwentyFiftyAndAHundred() {
        for (String size : List.of("10", "20", "50", "100")) {
            assertThat(ListRequest.of(null, size, null, null, SORTS).size()).isEqualTo(Integer.parseInt(size));
        }
        for (String size : List.of("0", "-5", "11", "101", "500", "x")) {
            assertThatThrownBy(() -> ListRequest.of(null, size, null, null, SORTS))
                    .as(size)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).message()).isEqualTo("每页条数：只能是 10、20、50 或 100"));
        }
        assertThatThrownBy(() -> ListRequest.of("first", null, null, null, SORTS))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void escapesTheUsersWildcards() {
        assertThat(LikePattern.contains(" 东湖 ")).isEqualTo("%东湖%");
        assertThat(LikePattern.contains("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
        assertThat(LikePattern.contains("  ")).isNull();
        assertThat(LikePattern.contains(null)).isNull();
    }

    @Test
    void aDateRangeIncludesBothDaysInBeijingTimeAndRefusesAReversedOne() {
        DateRange range = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), "to", "收到日期");
        assertThat(range.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(range.end()).isEqualTo(Instant.parse("2026-03-01T16:00:00Z"));
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1), "to", "收到日期"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "收到日期：结束日期不能早于开始日期")));
    }

    @Test
    void theExportLimitSaysHowManyRowsTheSearchFound() {
        ExportLimit limit = new ExportLimit(100);
        limit.check(100);
        assertThatThrownBy(() -> limit.check(101)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems().get(0).message())
                .isEqualTo("导出：一次最多导出 100 条，本次查询共 101 条，请缩小查询条件后再导出"));
    }

    record Row(String name, LocalDate due, Instant at, Integer count) {}

    @Test
    void writesChineseHeadersRealExcelDatesInBeijingTimeAndTextThatIsNeverAFormula() {
        Spreadsheet<Row> sheet = Spreadsheet.of("测试", Row.class)
                .text("名称", Row::name)
                .date("期限", Row::due)
                .time("时间", Row::at)
                .number("人数", Row::count);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.write(
                List.of(
                        new Row(
                                "=HYPERLINK(\"x\")",
                                LocalDate.of(2026, 12, 11),
                                Instant.parse("2026-12-05T19:24:31Z"),
                                3),
                        new Row(null, null, null, null)),
                out);
        byte[] xlsx = out.toByteArray();
        List<List<String>> rows = Workbooks.rows(xlsx);
        assertThat(rows.get(0)).containsExactly("名称", "期限", "时间", "人数");
        assertThat(rows.get(1)).containsExactly("=HYPERLINK(\"x\")", "2026-12-11", "2026-12-06 03:24", "3");
        assertThat(rows).hasSize(3);
        assertThat(Workbooks.isDate(xlsx, 1, 1)).isTrue();
        assertThat(Workbooks.isDate(xlsx, 1, 2)).isTrue();
    }
}
