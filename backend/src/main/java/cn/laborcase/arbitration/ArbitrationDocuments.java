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
import cn.laborcase.documents.Recipient;
import cn.laborcase.shared.BeijingTime;
import java.math.BigDecimal;
import java.util.ArrayList;
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

    /** Recipient roles as the 送达回证 prints them; the parties' own ones decide the 调解书's effect. */
    static final String APPLICANT = "申请人";

    static final String RESPONDENT = "被申请人";
    static final String AGENT = "申请人的委托代理人";

    private static final Set<String> APPLICANTS_ONLY = Set.of(
            ArbitrationDocumentTypes.RECEIPT,
            ArbitrationDocumentTypes.SUPPLEMENT_NOTICE,
            ArbitrationDocumentTypes.ACCEPTANCE_NOTICE,
            ArbitrationDocumentTypes.NON_ACCEPTANCE_NOTICE,
            ArbitrationDocumentTypes.ANSWER_COPY);

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

    /**
     * Issues the type with the fields it declares (the common data holds more than each notice prints), to the parties
     * it goes to ({@link #recipients}), so that each one's service is recorded with a 送达回证.
     */
    DocumentView issue(String type, ArbitrationCaseRow row, Map<String, String> all, String actor) {
        return issue(type, row, all, actor, recipients(type, row.id()));
    }

    /**
     * Who a document goes to: the applicants for the notices of the application's reception and the answer copy; the
     * respondents for their 应诉通知书 (issued one per respondent, see {@link CasePreparation}); every party, and the
     * applicants' agents, for the notices and decisions of the proceedings, the 调解书 and the awards.
     */
    List<Recipient> recipients(String type, long caseId) {
        List<PartyRow> parties = mapper.parties(caseId);
        List<PartyRow> applicants =
                parties.stream().filter(p -> p.kind().equals("APPLICANT")).toList();
        List<Recipient> to = new ArrayList<>();
        applicants.forEach(p -> to.add(new Recipient(p.name(), APPLICANT, p.address(), null)));
        if (APPLICANTS_ONLY.contains(type)) {
            return to;
        }
        parties.stream()
                .filter(p -> p.kind().equals("RESPONDENT"))
                .forEach(p -> to.add(new Recipient(p.name(), RESPONDENT, p.address(), null)));
        parties.stream()
                .filter(p -> p.kind().equals("AGENT"))
                .forEach(p -> to.add(new Recipient(
                        p.name(),
                        p.actsFor() != null && p.actsFor() < applicants.size()
                                ? AGENT + "（" + applicants.get(p.actsFor()).name() + "）"
                                : AGENT,
                        p.address(),
                        null)));
        return to;
    }

    /** One respondent's 应诉通知书. */
    static List<Recipient> respondent(PartyRow respondent) {
        return List.of(new Recipient(respondent.name(), RESPONDENT, respondent.address(), null));
    }

    DocumentView issue(
            String type, ArbitrationCaseRow row, Map<String, String> all, String actor, List<Recipient> recipients) {
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
                        recipients),
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
                        + (c.counterClaim() ? "（反申请）" : "")
                        + ClaimType.valueOf(c.claimType()).label() + "："
                        + c.description().replace('\n', ' ')
                        + (c.amount() == null ? "" : " " + yuan(c.amount())))
                .collect(Collectors.joining("\n"));
    }

    static String yuan(BigDecimal amount) {
        return String.format("%,.2f 元", amount);
    }
}
