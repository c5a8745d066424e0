package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.ClaimRow;
import cn.laborcase.arbitration.persistence.PartyRow;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.cases.ClaimType;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentType;
import cn.laborcase.documents.DocumentTypes;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.shared.BeijingTime;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Fills and issues the track's documents through the documents kernel, in the step's transaction: a rendering failure
 * refuses the step rather than leaving it without its document.
 */
@Component
class ArbitrationDocuments {

    private final Documents documents;
    private final DocumentTypes types;
    private final ArbitrationMapper mapper;
    private final CaseTimeline timeline;

    ArbitrationDocuments(Documents documents, DocumentTypes types, ArbitrationMapper mapper, CaseTimeline timeline) {
        this.documents = documents;
        this.types = types;
        this.mapper = mapper;
        this.timeline = timeline;
    }

    /** The data every notice of the case shares: parties and claims, as lines. */
    Map<String, String> common(ArbitrationCaseRow row) {
        List<PartyRow> parties = mapper.parties(row.id());
        Map<String, String> data = new HashMap<>();
        data.put("applicants", lines(parties, "APPLICANT"));
        data.put("respondents", lines(parties, "RESPONDENT"));
        data.put("claims", claims(mapper.claims(row.id())));
        data.put("receivedOn", BeijingTime.dateOf(row.receivedAt()).toString());
        if (row.caseNumber() != null) {
            data.put("caseNumber", row.caseNumber());
        }
        return data;
    }

    /** Issues the type with the fields it declares (the common data holds more than each notice prints). */
    DocumentView issue(String type, ArbitrationCaseRow row, Map<String, String> all, String actor) {
        DocumentType declared = types.require(type);
        Map<String, String> data = new HashMap<>();
        all.forEach((k, v) -> declared.field(k).ifPresent(f -> data.put(k, v)));
        Set<String> participants = new HashSet<>();
        participants.add(row.registeredBy());
        mapper.tribunal(row.id()).stream().map(TribunalMemberRow::username).forEach(participants::add);
        // drafted and issued by the same actor: the kernel tells a drafter when someone else issued his draft
        String who = actor == null ? CaseTimeline.SYSTEM : actor;
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        type,
                        ArbitrationCaseStore.ref(row.id()),
                        row.officeCode(),
                        null,
                        participants,
                        data,
                        List.of()),
                who);
        return documents.issue(draft.id(), who);
    }

    String nameOf(String username) {
        return timeline.nameOf(username);
    }

    static String lines(List<PartyRow> parties, String kind) {
        return parties.stream()
                .filter(p -> p.kind().equals(kind))
                .map(PartyRow::name)
                .collect(Collectors.joining("\n"));
    }

    static String claims(List<ClaimRow> claims) {
        return claims.stream()
                .map(c -> (c.position() + 1) + ". "
                        + ClaimType.valueOf(c.claimType()).label() + "："
                        + c.description().replace('\n', ' ')
                        + (c.amount() == null ? "" : " " + yuan(c.amount())))
                .collect(Collectors.joining("\n"));
    }

    static String yuan(BigDecimal amount) {
        return String.format("%,.2f 元", amount);
    }
}
