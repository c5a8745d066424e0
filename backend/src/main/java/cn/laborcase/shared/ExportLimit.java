package cn.laborcase.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many rows one export may hold ({@code laborcase.lists.export-max-rows}): an export is a working list, not a copy
 * of the database. A search that finds more is refused with a message that says how many it found.
 */
@Component
public class ExportLimit {

    private final int max;

    ExportLimit(@Value("${laborcase.lists.export-max-rows:5000}") int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** @throws InvalidInputException when {@code rows} is more than the limit */
    public void check(long rows) {
        if (rows > max) {
            throw new InvalidInputException(
                    "export", "TooManyRows", "导出：一次最多导出 " + max + " 条，本次查询共 " + rows + " 条，请缩小查询条件后再导出");
        }
    }
}
