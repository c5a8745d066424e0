package cn.laborcase.documents;

import cn.laborcase.shared.CaseRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a track (or a staff member) asks for: a document of a type for a case, filled with data.
 *
 * @param officeCode the issuing office (its short name goes into the number, its name onto the letterhead)
 * @param gridCode the grid of the employer concerned, if any (data scope)
 * @param participants usernames working on the case (data scope); the creator is added
 * @param data field values by field name ({@link DocumentType#fields()}); dates as 2026-03-02
 */
public record DocumentRequest(
        String typeCode,
        CaseRef caseRef,
        String officeCode,
        String gridCode,
        Set<String> participants,
        Map<String, String> data,
        List<Recipient> recipients) {

    public DocumentRequest {
        participants = participants == null ? Set.of() : Set.copyOf(participants);
        data = data == null ? Map.of() : data;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
