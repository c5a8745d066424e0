package cn.laborcase.employer;

import java.util.List;

/**
 * What an import did: how many rows were registered, and each rejected row with the field and the reason.
 *
 * @param accepted rows registered
 * @param rejected rows refused, in file order; {@code row} counts the header as row 1, as a spreadsheet shows it
 */
public record ImportReport(int accepted, List<Rejection> rejected) {

    /**
     * @param field the column, as in the header ({@code creditCode}…), or {@code row} for the row as a whole
     */
    public record Rejection(int row, String field, String reason) {

        /** The column's Chinese name, for the report page. */
        public String fieldLabel() {
            return switch (field) {
                case "creditCode" -> "统一社会信用代码";
                case "name" -> "单位名称";
                case "address" -> "地址";
                case "district" -> "所在区";
                case "gridCode" -> "网格";
                case "legalRepresentative" -> "法定代表人";
                case "industry" -> "行业";
                case "employeeCount" -> "职工人数";
                default -> "整行";
            };
        }
    }
}
