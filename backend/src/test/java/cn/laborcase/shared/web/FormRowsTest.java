package cn.laborcase.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.laborcase.shared.FieldProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rows a form posts, checked before they are bound: only 0..n-1, each field once. */
class FormRowsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "complainants[0].name                          | ''",
                "complainants[0].name,complainants[1].name     | ''",
                "complainants[0].name,complainants[2].name     | complainants[1]:RowMissing",
                "complainants[1].name                          | complainants[0]:RowMissing",
                "complainants[600].name                        | complainants:Size",
                "complainants[201].name                        | complainants:Size",
                "complainants[200].name                        | complainants[0]:RowMissing",
                "complainants[-1].name                         | complainants:RowIndex",
                "complainants[abc].name                        | complainants:RowIndex",
                "complainants[].name                           | complainants:RowIndex",
                "complainants[99999999999].name                | complainants:RowIndex",
                "complainants[0].name,complainants[0].name     | complainants[0].name:Repeated",
                "kind,kind                                     | kind:Repeated",
                "_csrf,_csrf,complainants[0].name              | ''"
            })
    void refusesRowsThePageNeverPosts(String names, String expected) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (String name : names.split(",")) {
            parameters.merge(name, new String[] {"x"}, (a, b) -> new String[] {"x", "x"});
        }

        String found = String.join(
                ",",
                FormRows.problemsOf(parameters, "complainants", 201).stream()
                        .map(p -> p.field() + ":" + p.code())
                        .toList());

        assertThat(found).isEqualTo(expected);
        FormRows.problemsOf(parameters, "complainants", 201).stream()
                .map(FieldProblem::message)
                .forEach(m -> assertThat(m).isNotBlank());
    }
}
