package cn.laborcase.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentDataTest {

    static final DocumentType TYPE = new DocumentType(
            "T",
            "测试文书",
            "t",
            "{seq}",
            List.of(
                    DocumentField.required("name", "姓名", FieldKind.TEXT),
                    DocumentField.required("on", "日期", FieldKind.DATE),
                    DocumentField.optional("at", "时间", FieldKind.DATETIME),
                    DocumentField.choice("kind", "类别", true, "投诉", "举报"),
                    DocumentField.optional("count", "人数", FieldKind.NUMBER),
                    DocumentField.optional("facts", "事实", FieldKind.TEXTAREA)),
            Map.of());

    @Test
    void keepsDeclaredFieldsTrimmedAndNormalised() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("name", "  李秀英 ");
        data.put("on", "2026-03-02");
        data.put("at", "2026-03-02T09:30:15");
        data.put("kind", "投诉");
        data.put("count", "007");
        data.put("facts", " 第一段\r\n第二段 ");

        assertThat(DocumentData.clean(TYPE, data))
                .containsExactly(
                        Map.entry("name", "李秀英"),
                        Map.entry("on", "2026-03-02"),
                        Map.entry("at", "2026-03-02T09:30"),
                        Map.entry("kind", "投诉"),
                        Map.entry("count", "7"),
                        Map.entry("facts", "第一段\n第二段"));
    }

    @Test
    void namesEveryMissingMalformedAndUndeclaredField() {
        Map<String, String> data = Map.of("on", "3/2/2026", "kind", "信访", "count", "-1", "extra", "x", "name", " ");
        assertThatThrownBy(() -> DocumentData.clean(TYPE, data))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("extra", "测试文书没有此项（extra）"),
                                org.assertj.core.groups.Tuple.tuple("name", "请填写姓名"),
                                org.assertj.core.groups.Tuple.tuple("on", "日期应为日期，格式如 2026-03-02"),
                                org.assertj.core.groups.Tuple.tuple("kind", "类别只能选择：投诉、举报"),
                                org.assertj.core.groups.Tuple.tuple("count", "人数应为不超过9位的非负整数")));
    }

    @Test
    void showsDatesTheWayGbT9704WritesThem() {
        Map<String, Object> shown = DocumentData.display(
                TYPE, Map.of("name", "李秀英", "on", "2026-03-02", "at", "2026-03-02T09:00", "kind", "投诉"));
        assertThat(shown)
                .containsEntry("on", "2026年3月2日")
                .containsEntry("at", "2026年3月2日9时")
                .containsEntry("count", null);
        assertThat(DocumentData.paragraphs(TYPE, Map.of("facts", "一\n\n 二 ")))
                .containsEntry("facts", List.of("一", "二"))
                .containsEntry("name", List.of());
    }
}
