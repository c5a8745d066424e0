package cn.laborcase.employer.web;

import cn.laborcase.employer.BlacklistListing;
import cn.laborcase.shared.web.Spreadsheet;

/** The quarterly public listing's columns. */
final class EmployerSheets {

    static final Spreadsheet<BlacklistListing> LISTING = Spreadsheet.of("重大违法行为社会公布", BlacklistListing.class)
            .text("单位名称", BlacklistListing::employerName)
            .text("统一社会信用代码", BlacklistListing::creditCode)
            .text("法定代表人", BlacklistListing::legalRepresentative)
            .text("主要违法事实", BlacklistListing::reason)
            .text("案件", BlacklistListing::source)
            .date("列入日期", BlacklistListing::listedOn)
            .date("列入期限至", BlacklistListing::listedUntil);

    private EmployerSheets() {}
}
