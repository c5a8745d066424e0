package cn.laborcase.intake;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.intake.RegisterComplaintRequest.ComplainantRequest;
import cn.laborcase.intake.persistence.ComplainantRow;
import cn.laborcase.intake.persistence.ComplaintMapper;
import cn.laborcase.intake.persistence.ComplaintRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.PersonalData;
import cn.laborcase.shared.PhoneNumber;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The parties of a complaint (当事人): a person is a party once (by ID-card number), as a complainant or as a
 * confidential reporter ({@link PartyKind}); shown masked, revealed on request within {@link DataScope}, audited.
 */
@Component
class ComplaintParties {

    private final ComplaintMapper mapper;
    private final DataScope dataScope;
    private final AuditJournal audit;

    ComplaintParties(ComplaintMapper mapper, DataScope dataScope, AuditJournal audit) {
        this.mapper = mapper;
        this.dataScope = dataScope;
        this.audit = audit;
    }

    /**
     * The people of a registration join the complaint. Who is a party already (same ID-card number) is not added
     * again; a reporter who now complains himself becomes a complainant, so that he gets the notices. The caller holds
     * the guard of the complaint's employer and matter, so two registrations never add the same person at once.
     */
    Joined join(
            long complaintId, long registrationId, ComplaintKind kind, List<ComplainantRequest> people, Instant at) {
        Map<String, ComplainantRow> parties = new HashMap<>();
        int position = 0;
        for (ComplainantRow p : mapper.findComplainants(complaintId)) {
            parties.put(p.idNumber(), p);
            position = Math.max(position, p.position());
        }
        PartyKind partyKind = PartyKind.of(kind);
        int added = 0;
        int already = 0;
        for (ComplainantRequest p : people) {
            String idNumber = IdCardNumber.normalize(p.idNumber());
            ComplainantRow party = parties.get(idNumber);
            if (party != null) {
                already++;
                if (partyKind == PartyKind.COMPLAINANT
                        && PartyKind.REPORTER.name().equals(party.partyKind())) {
                    mapper.updatePartyKind(party.id(), PartyKind.COMPLAINANT.name());
                }
                continue;
            }
            String phone = PhoneNumber.normalize(p.phone());
            ComplainantRow row = new ComplainantRow(
                    null,
                    complaintId,
                    registrationId,
                    ++position,
                    p.name().strip(),
                    idNumber,
                    phone,
                    PhoneNumber.digits(phone),
                    blankToNull(p.address()),
                    blankToNull(p.email()),
                    at,
                    partyKind.name(),
                    blankToNull(p.occupation()),
                    blankToNull(p.workplace()),
                    // consent without an address is refused by ComplaintValidation; an address alone is a contact
                    p.consentsToEmail() && blankToNull(p.email()) != null);
            mapper.insertComplainant(row);
            parties.put(idNumber, row);
            added++;
        }
        return new Joined(added, already);
    }

    /** How many people of a registration joined, and how many were parties already. */
    record Joined(int added, int alreadyParties) {
        String text() {
            return alreadyParties == 0 ? "" : "（其中 " + alreadyParties + " 人已是本件当事人，未重复列入）";
        }
    }

    List<ComplainantRow> of(long complaintId) {
        return mapper.findComplainants(complaintId);
    }

    /** The complainants only: the people notices name and are served on. Reporters never appear in a notice. */
    List<ComplainantRow> complainantsOf(long complaintId) {
        return of(complaintId).stream()
                .filter(p -> PartyKind.COMPLAINANT.name().equals(p.partyKind()))
                .toList();
    }

    /** The parties masked; a reporter as nothing but that he is confidential, whoever looks. */
    List<ComplainantView> shown(List<ComplainantRow> parties) {
        return parties.stream().map(ComplaintParties::masked).toList();
    }

    /**
     * The parties unmasked, on request: the complainants for anyone who may see the complaint (VIEW_PERSONAL_DATA),
     * the reporters only for those {@link DataScope#canSeeReporter} allows (VIEW_REPORTER, 条例 §9 第三款). Refused
     * when the user could reveal nobody.
     */
    List<ComplainantDetail> reveal(CurrentUser user, ComplaintRow complaint) {
        if (!dataScope.canSeePersonalData(user, Complaints.scope(complaint))) {
            throw new ForbiddenException("PERSONAL_DATA", "当事人完整身份证号码和联系电话仅限承办本案的工作人员查看");
        }
        List<ComplainantRow> parties = of(complaint.id());
        boolean seesReporters = dataScope.canSeeReporter(user, Complaints.scope(complaint));
        List<ComplainantRow> shown =
                parties.stream().filter(p -> seesReporters || !isReporter(p)).toList();
        long reporters = shown.stream().filter(ComplaintParties::isReporter).count();
        if (shown.isEmpty() && parties.stream().anyMatch(ComplaintParties::isReporter)) {
            throw new ForbiddenException("REPORTER_CONFIDENTIAL", "举报人信息保密，仅承办网格监察员和本机构领导可以查看");
        }
        if (reporters > 0) {
            record(user, complaint, "VIEW_REPORTER", "举报人", reporters);
        }
        if (shown.size() > reporters) {
            record(user, complaint, "VIEW_PERSONAL_DATA", "投诉人", shown.size() - reporters);
        }
        return shown.stream()
                .map(c -> new ComplainantDetail(
                        c.position(),
                        PartyKind.valueOf(c.partyKind()),
                        c.name(),
                        c.idNumber(),
                        c.phone(),
                        c.address(),
                        c.email(),
                        c.registrationId() != c.complaintId(),
                        c.emailConsent(),
                        c.occupation(),
                        c.workplace()))
                .toList();
    }

    private void record(CurrentUser user, ComplaintRow complaint, String action, String who, long count) {
        audit.recordAs(
                user.username(),
                action,
                ComplaintRegistration.TARGET,
                complaint.id(),
                user.displayName() + " 查看" + who + "身份信息（" + complaint.number() + "，" + count + " 人）",
                null,
                null);
    }

    static boolean isReporter(ComplainantRow p) {
        return PartyKind.REPORTER.name().equals(p.partyKind());
    }

    private static ComplainantView masked(ComplainantRow c) {
        boolean merged = c.registrationId() != c.complaintId();
        if (isReporter(c)) {
            return new ComplainantView(
                    c.position(),
                    PartyKind.REPORTER,
                    ComplainantView.CONFIDENTIAL,
                    null,
                    null,
                    null,
                    c.joinedAt(),
                    merged,
                    null,
                    null,
                    false);
        }
        return new ComplainantView(
                c.position(),
                PartyKind.COMPLAINANT,
                c.name(),
                PersonalData.idNumber(c.idNumber()),
                PersonalData.phone(c.phone()),
                PersonalData.email(c.email()),
                c.joinedAt(),
                merged,
                c.occupation(),
                c.workplace(),
                c.emailConsent());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
