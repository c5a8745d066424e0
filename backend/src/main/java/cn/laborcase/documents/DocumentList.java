package cn.laborcase.documents;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.DateRange;
import cn.laborcase.shared.ListRequest;
import cn.laborcase.shared.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document list with the list kernel: searched by 文号, kind, status and the day drafted, sorted, paged (10–100) and
 * exported. It works on the newest documents the user may see ({@link Documents#visibleTo}, at most 200 of them, data
 * scope applied to each), so page, sort and export are exactly over those rows.
 */
@Service
public class DocumentList {

    /** The columns the list sorts by. */
    public static final Set<String> SORTS = Set.of("createdAt", "issuedAt", "type", "number");

    static final String EXPORT_NAME = "文书";

    private static final Map<String, Comparator<DocumentView>> ORDER = Map.of(
            "createdAt", Comparator.comparing(DocumentView::createdAt),
            "issuedAt", Comparator.comparing(DocumentView::issuedAt, Comparator.nullsFirst(Comparator.naturalOrder())),
            "type", Comparator.comparing(DocumentView::typeName),
            "number", Comparator.comparing(DocumentView::number, Comparator.nullsFirst(Comparator.naturalOrder())));

    private final Documents documents;
    private final AuditJournal audit;

    DocumentList(Documents documents, AuditJournal audit) {
        this.documents = documents;
        this.audit = audit;
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
        List<DocumentView> all = found(user, search);
        int from = Math.min(all.size(), search.list().offset());
        int to = Math.min(all.size(), from + search.list().size());
        return new Page<>(
                all.subList(from, to),
                all.size(),
                search.list().page().page(),
                search.list().size());
    }

    /** Every row of the search, in the list's order, for an export; journaled. */
    @Transactional
    public List<DocumentView> export(CurrentUser user, Search search) {
        List<DocumentView> all = found(user, search);
        audit.recordExport(EXPORT_NAME, search.describe(), all.size());
        return all;
    }

    private List<DocumentView> found(CurrentUser user, Search search) {
        Instant start = search.drafted().start();
        Instant end = search.drafted().end();
        List<DocumentView> rows = documents.visibleTo(user, search.filter()).stream()
                .filter(d -> search.number() == null
                        || (d.number() != null && d.number().contains(search.number())))
                .filter(d -> start == null || !d.createdAt().isBefore(start))
                .filter(d -> end == null || d.createdAt().isBefore(end))
                .toList();
        if (search.list().sort() == null) {
            return rows; // newest first, as read
        }
        Comparator<DocumentView> order = ORDER.get(search.list().sort());
        if (search.list().descending()) {
            order = order.reversed();
        }
        return rows.stream()
                .sorted(order.thenComparing(DocumentView::createdAt, Comparator.reverseOrder()))
                .toList();
    }
}
