package cn.laborcase.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class NumberPatternTest {

    @Test
    void formatsOfficeYearAndSequence() {
        assertThat(new NumberPattern("{office}劳人仲字〔{year}〕第{seq}号").format("示", 2026, 12))
                .isEqualTo("示劳人仲字〔2026〕第12号");
        assertThat(new NumberPattern(" {office}劳监立字〔{year}〕{seq}号 ").format("东湖", 2026, 3))
                .isEqualTo("东湖劳监立字〔2026〕3号");
    }

    @Test
    void mustContainSeq() {
        assertThat(NumberPattern.problems("pattern", "{office}劳监〔{year}〕号"))
                .extracting(FieldProblem::code)
                .containsExactly("MissingSeq");
    }

    @Test
    void refusesUnknownPlaceholdersStrayBracesBlankAndOverlongPatterns() {
        assertThat(NumberPattern.problems("p", "{office}{month}{seq}"))
                .extracting(FieldProblem::message)
                .containsExactly("未知的占位符 {month}，只能使用 {office}、{year}、{seq}");
        assertThat(NumberPattern.problems("p", "{seq}号}"))
                .extracting(FieldProblem::code)
                .containsExactly("Braces");
        assertThat(NumberPattern.problems("p", " "))
                .extracting(FieldProblem::code)
                .containsExactly("Required");
        assertThat(NumberPattern.problems("p", "{seq}" + "字".repeat(60)))
                .extracting(FieldProblem::code)
                .containsExactly("Size");
        assertThatThrownBy(() -> new NumberPattern("{year}")).isInstanceOf(InvalidInputException.class);
    }
}
