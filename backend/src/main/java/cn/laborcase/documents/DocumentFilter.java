package cn.laborcase.documents;

/** Optional filters of the staff document list; null or blank means any. */
public record DocumentFilter(String caseType, String caseId, String typeCode, DocumentStatus status) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null);
    }
}
