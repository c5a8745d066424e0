package cn.laborcase.documents.persistence;

import java.time.Instant;
import java.util.List;

/**
 * A page of the document list, searched, sorted and paged in SQL: the data scope ({@code DataScope.cases}: everything,
 * or these offices, grids or the user as a participant), the filters, and one of the list's whitelisted sort keys.
 *
 * @param number a LIKE pattern of the 文号 (escaped with '\'), or null
 * @param createdFrom first instant drafted (inclusive), or null
 * @param createdTo end of the days drafted (exclusive), or null
 * @param typeOrder the type codes in the order of their names, for the sort by 种类
 */
public record DocumentSearch(
        boolean everything,
        List<String> officeCodes,
        List<String> gridCodes,
        String username,
        String caseType,
        String caseId,
        String typeCode,
        String status,
        String number,
        Instant createdFrom,
        Instant createdTo,
        String sort,
        boolean descending,
        List<String> typeOrder,
        int offset,
        int limit) {

    public DocumentSearch {
        officeCodes = officeCodes == null ? List.of() : List.copyOf(officeCodes);
        gridCodes = gridCodes == null ? List.of() : List.copyOf(gridCodes);
        typeOrder = typeOrder == null ? List.of() : List.copyOf(typeOrder);
    }
}
