package cn.laborcase.documents;

/**
 * The case a document belongs to, as strings so that every track can use it: e.g. {@code COMPLAINT} and the
 * complaint's business key, {@code ARBITRATION} and 示劳人仲案字〔2026〕第12号.
 */
public record CaseReference(String caseType, String caseId) {

    @Override
    public String toString() {
        return caseType + " " + caseId;
    }
}
