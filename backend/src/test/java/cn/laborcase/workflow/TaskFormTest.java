package cn.laborcase.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reading Camunda Forms and checking submitted values against them, without Spring or the engine. */
class TaskFormTest {

    static final Path FORMS = Path.of("..", "forms");

    final CamundaFormParser parser = new CamundaFormParser(new ObjectMapper());

    @Test
    void readsEveryFormOfTheProject() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            List<Path> forms = files.filter(p -> p.toString().endsWith(".form")).toList();
            assertThat(forms).isNotEmpty();
            for (Path file : forms) {
                try (InputStream in = Files.newInputStream(file)) {
                    TaskForm form = parser.parse(in);
                    assertThat(form.id())
                            .as(file.toString())
                            .isEqualTo(file.getFileName().toString().replace(".form", ""));
                    assertThat(form.inputs()).as(file.toString()).allSatisfy(f -> assertThat(f.label())
                            .isNotBlank());
                }
            }
        }
    }

    @Test
    void readsTheVerifyForm() throws IOException {
        TaskForm form = form("employer-registry-verify.form");

        assertThat(form.fields()).first().satisfies(f -> assertThat(f.type()).isEqualTo(FormField.Type.TEXT));
        assertThat(form.inputs())
                .extracting(FormField::key, FormField::type, FormField::label, FormField::required)
                .containsExactly(
                        tuple("checkedCount", FormField.Type.NUMBER, "已核查单位数", true),
                        tuple("changedCount", FormField.Type.NUMBER, "信息有变化的单位数", true),
                        tuple("verifyComment", FormField.Type.TEXTAREA, "核查意见", false));
    }

    @Test
    void convertsSubmittedValuesToPlainVariablesAndDropsUndeclaredKeys() throws IOException {
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("checkedCount", " 12 ");
        submitted.put("changedCount", 2.0);
        submitted.put("verifyComment", "  ");
        submitted.put("caseId", "999");

        Map<String, Object> values = form("employer-registry-verify.form").values(submitted);

        assertThat(values)
                .containsEntry("checkedCount", 12L)
                .containsEntry("changedCount", 2L)
                .containsEntry("verifyComment", null)
                .doesNotContainKey("caseId");
    }

    @Test
    void namesEveryWrongFieldByItsLabel() throws IOException {
        TaskForm form = form("employer-registry-verify.form");

        assertThatThrownBy(() -> form.values(Map.of("checkedCount", "12件", "changedCount", "-1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code, FieldProblem::message)
                        .containsExactly(
                                tuple("variables.checkedCount", "NotNumber", "「已核查单位数」须为数字"),
                                tuple("variables.changedCount", "Min", "「信息有变化的单位数」不能小于 0")));
        assertThatThrownBy(() -> form.values(null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message)
                        .containsExactly("请填写「已核查单位数」", "请填写「信息有变化的单位数」"));
    }

    @Test
    void checksEveryComponentTypeTheInboxSupports() {
        TaskForm form = parser.parse(
                json(
                        """
                {"id": "all-types", "components": [
                  {"type": "text", "text": "说明"},
                  {"type": "spacer"},
                  {"type": "group", "components": [
                    {"type": "textfield", "key": "name", "label": "姓名", "validate": {"required": true, "maxLength": 4}}
                  ]},
                  {"type": "number", "key": "amount", "label": "金额", "validate": {"min": 0, "max": 100.5}},
                  {"type": "checkbox", "key": "agreed", "label": "同意", "validate": {"required": true}},
                  {"type": "select", "key": "grade", "label": "等级",
                   "values": [{"label": "A 级", "value": "A"}, {"label": "B 级", "value": "B"}]},
                  {"type": "radio", "key": "way", "label": "送达方式", "defaultValue": "mail",
                   "values": [{"label": "邮寄", "value": "mail"}, {"label": "直接送达", "value": "direct"}]},
                  {"type": "datetime", "subtype": "date", "key": "day", "dateLabel": "日期"}
                ]}
                """));

        assertThat(form.inputs())
                .extracting(FormField::key)
                .containsExactly("name", "amount", "agreed", "grade", "way", "day");
        assertThat(form.inputs().get(5).label()).isEqualTo("日期");
        assertThat(form.inputs().get(4).defaultValue()).isEqualTo("mail");

        Map<String, Object> ok = form.values(Map.of(
                "name", "张三", "amount", "100.5", "agreed", "on", "grade", "B", "way", "direct", "day", "2026-10-09"));
        assertThat(ok)
                .containsEntry("name", "张三")
                .containsEntry("amount", 100.5)
                .containsEntry("agreed", true)
                .containsEntry("grade", "B")
                .containsEntry("day", "2026-10-09");

        assertThatThrownBy(() -> form.values(
                        Map.of("name", "欧阳娜娜娜", "amount", "101", "grade", "C", "way", "fax", "day", "2026-13-01")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message)
                        .containsExactly(
                                "「姓名」不能超过 4 个字",
                                "「金额」不能大于 100.5",
                                "请勾选「同意」",
                                "「等级」的选项无效",
                                "「送达方式」的选项无效",
                                "「日期」须为日期（年-月-日）"));
    }

    @Test
    void refusesComponentsItCannotCheck() {
        assertThatThrownBy(
                        () -> parser.parse(
                                json(
                                        "{\"id\": \"f\", \"components\": [{\"type\": \"taglist\", \"key\": \"tags\", \"label\": \"标签\"}]}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("taglist");
        assertThatThrownBy(
                        () -> parser.parse(
                                json(
                                        "{\"id\": \"f\", \"components\": [{\"type\": \"select\", \"key\": \"s\", \"valuesExpression\": \"=k\"}]}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("static values");
        assertThatThrownBy(
                        () -> parser.parse(
                                json(
                                        "{\"id\": \"f\", \"components\": [{\"type\": \"radio\", \"key\": \"s\", \"valuesKey\": \"k\"}]}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only on a select");
    }

    @Test
    void refusesWhatADocumentCouldNotPrintAndKeepsATextAreasLines() throws IOException {
        TaskForm form = form("complaint-overdue.form");
        Map<String, Object> hostile = new HashMap<>();
        hostile.put("overdueAction", "REASSIGN");
        hostile.put("reassignReason", "出差\u0000");
        assertThatThrownBy(() -> form.values(hostile))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(tuple("variables.reassignReason", "Nul")));
        hostile.put("reassignReason", "出差\u0007");
        assertThatThrownBy(() -> form.values(hostile))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code)
                        .contains("Control"));
        hostile.put("reassignReason", "出差");
        hostile.put("referralDepartment", "区人社局\n信访科");
        assertThatThrownBy(() -> form.values(hostile))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(tuple("variables.referralDepartment", "LineBreak")));
        Map<String, Object> lines = new HashMap<>();
        lines.put("overdueAction", "REASSIGN");
        lines.put("reassignReason", "第一行\r\n第二行");
        assertThat(form.values(lines)).containsEntry("reassignReason", "第一行\n第二行");
    }

    @Test
    void describesTheValuesByLabelForTheJournal() throws IOException {
        TaskForm form = form("complaint-overdue.form");
        Map<String, Object> values = new HashMap<>();
        values.put("overdueAction", "DECIDE");
        values.put("decision", "ACCEPT");
        values.put("reassignReason", null);
        assertThat(form.describe(values))
                .contains("处理方式：直接决定")
                .contains("受理（当日立案）")
                .doesNotContain("ACCEPT")
                .doesNotContain("overdueAction")
                .doesNotContain("null");
    }

    @Test
    void aSelectMayTakeItsChoicesFromTheTask() {
        TaskForm form = parser.parse(
                json(
                        "{\"id\": \"f\", \"components\": [{\"type\": \"select\", \"key\": \"to\", \"label\": \"改派给\", \"valuesKey\": \"people\"}]}"));
        FormField field = form.inputs().get(0);
        assertThat(field.valuesKey()).isEqualTo("people");
        TaskForm resolved = new TaskForm(
                form.id(), List.of(field.withOptions(List.of(new FormField.Option("张三（监察员）", "zhangsan")))));
        assertThat(resolved.values(Map.of("to", "zhangsan"))).containsEntry("to", "zhangsan");
        assertThatThrownBy(() -> resolved.values(Map.of("to", "lisi"))).isInstanceOf(InvalidInputException.class);
    }

    private TaskForm form(String file) throws IOException {
        try (InputStream in = Files.newInputStream(FORMS.resolve(file))) {
            return parser.parse(in);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
