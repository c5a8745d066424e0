package cn.laborcase.documents;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.DateRange;
import cn.laborcase.shared.ExportLimit;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document list with the list kernel: searched by 文号, kind, status and the day drafted, sorted, paged (10–100) and
 * exported. Search, sort and page run in SQL over every document the user may see ({@link Documents#search}, data
 * scope from {@code DataScope.cases}), so the export holds exactly the rows the search found.
 */
@Service
public class DocumentList {

    /** The columns the list sorts by. */
    public static final Set<String> SORTS = Set.of("createdAt", "issuedAt", "type", "number");

    static final String EXPORT_NAME = "文书";

    private final Documents documents;
    private final AuditJournal audit;
    private final ExportLimit exportLimit;

    DocumentList(Documents documents, AuditJournal audit, ExportLimit exportLimit) {
        this.documents = documents;
        this.audit = audit;
        this.exportLimit = exportLimit;
    }

    /**
     * @param number part of the 文号
     * @param drafted the days drafted (Beijing time)
     */
    public record Search(DocumentFilter filter, String number, DateRange drafted, ListRequest list) {

        public String describe() {
            List<String> parts = new ArrayList<>();
            if (filter.typeCode() != null && !filter.typeCode().isBlank()) parts.add("指定种类");
            if (filter.status() != null) parts.add("状态“" + filter.status().label() + "”");
            if (number != null) parts.add("文号含“" + number + "”");
            if (!drafted.isEmpty()) {
                parts.add("起草日期 " + (drafted.from() == null ? "" : drafted.from()) + " 至 "
                        + (drafted.to() == null ? "" : drafted.to()));
            }
            return parts.isEmpty() ? "全部" : String.join("，", parts);
        }
    }

    @Transactional(readOnly = true)
    public Page<DocumentView> page(CurrentUser user, Search search) {
        return new Page<>(
                documents.search(
                        user, search, search.list().offset(), search.list().size()),
                documents.count(user, search),
                search.list().page().page(),
                search.list().size());
    }

    /**
     * Every row of the search (all pages), in the list's order, for an export; refused above the export limit;
     * journaled.
     */
    @Transactional
    public List<DocumentView> export(CurrentUser user, Search search) {
        long total = documents.count(user, search);
        exportLimit.check(total);
        List<DocumentView> all = documents.search(user, search, 0, (int) Math.max(1, total));
        audit.recordExport(EXPORT_NAME, search.describe(), all.size());
        return all;
    }
}
