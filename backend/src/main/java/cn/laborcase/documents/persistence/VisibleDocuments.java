package cn.laborcase.documents.persistence;

import java.util.List;

/**
 * A query for the documents a staff member may see, newest first: a superset of the data-scope rule in SQL (office,
 * grid, participant, or everything), refined by the caller with {@code DataScope}, plus optional filters.
 */
public record VisibleDocuments(
        boolean all,
        List<String> officeCodes,
        List<String> gridCodes,
        String username,
        String caseType,
        String caseId,
        String typeCode,
        String status,
        int limit) {

    public VisibleDocuments {
        officeCodes = officeCodes == null ? List.of() : List.copyOf(officeCodes);
        gridCodes = gridCodes == null ? List.of() : List.copyOf(gridCodes);
    }
}
