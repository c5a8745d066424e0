package cn.laborcase.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmployerImportTest {

    @Test
    void splitsQuotedCellsWithCommasQuotesAndLineBreaks() {
        List<List<String>> rows = EmployerImport.rows("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",,z\n");
        assertThat(rows).containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("x\ny", "", "z"));
    }

    @Test
    void keepsALastRowWithoutLineBreak() {
        assertThat(EmployerImport.rows("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }
}
