package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.AwardMapper;
import cn.laborcase.arbitration.persistence.MediationRow;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case that ends without an award: mediation before the award (仲裁调解书, 调解仲裁法 §42: effective when both
 * parties have signed for it; a party that refuses before signing leaves the case to the award), and withdrawal (撤回,
 * 法 §40: the applicant withdraws, before or after acceptance, or is treated as having withdrawn for not appearing
 * without good reason). Each ends the case's process at its end event (ArbitrationEnding).
 */
@Service
public class CaseEndings {

    private final AwardCaseSupport support;
    private final AwardMapper mapper;
    private final ArbitrationEnding ending;
    private final Documents documents;

    CaseEndings(AwardCaseSupport support, AwardMapper mapper, ArbitrationEnding ending, Documents documents) {
        this.support = support;
        this.mapper = mapper;
        this.ending = ending;
        this.documents = documents;
    }

    /** The tribunal issues the 调解书 with the agreed terms; it is not yet effective. */
    @Transactional
    public void issueMediation(CurrentUser user, long id, MediationRequest request) {
        ArbitrationCaseRow row = support.tribunalOf(user, id, "制作仲裁调解书");
        ArbitrationCaseStore.require(row, "制作仲裁调解书", ArbitrationStatus.TRIBUNAL_COMPOSED);
        String terms = AwardCaseSupport.text("terms", "调解协议内容", 2000, request == null ? null : request.terms());
        if (mapper.mediation(id).isPresent()) {
            throw new ConflictException("ARBITRATION_MEDIATION", "本案已制作仲裁调解书，待当事人签收");
        }
        Map<String, String> data = support.documents().common(row);
        data.put("terms", terms);
        DocumentView document = support.documents().issue(AwardDocumentTypes.MEDIATION, row, data, user.username());
        LocalDate today = support.today();
        mapper.insertMediation(new MediationRow(id, document.id(), today, null, null, null));
        support.record(
                row,
                ArbitrationStep.MEDIATION_ISSUED,
                "MEDIATION",
                today,
                "制作仲裁调解书 " + document.number() + "，待双方当事人签收",
                document,
                user.username(),
                "ARBITRATION_MEDIATION");
    }

    /**
     * One party's signed receipt of the 调解书; the second one makes it effective on its date and ends the case
     * (the award period closes, the process ends). The same party twice: 409.
     */
    @Transactional
    public boolean recordMediationReceipt(CurrentUser user, long id, MediationRequest request) {
        ArbitrationCaseRow row = support.actOn(user, id, "登记调解书签收");
        ArbitrationCaseStore.require(row, "登记调解书签收", ArbitrationStatus.TRIBUNAL_COMPOSED);
        MediationRow mediation =
                mapper.mediation(id).orElseThrow(() -> new ConflictException("ARBITRATION_MEDIATION", "本案尚未制作仲裁调解书"));
        String party = request == null || request.party() == null
                ? ""
                : request.party().strip();
        if (!party.equals("APPLICANT") && !party.equals("RESPONDENT")) {
            throw new InvalidInputException("party", "Choice", "请选择签收的当事人：申请人或被申请人");
        }
        LocalDate on = support.day("receivedOn", "签收日期", request.receivedOn(), row);
        if (on.isBefore(mediation.issuedOn())) {
            throw new InvalidInputException("receivedOn", "BeforeIssue", "签收日期不能早于调解书制作日期 " + mediation.issuedOn());
        }
        if (!documents.get(mediation.documentId()).recipients().isEmpty()) {
            // a 调解书 issued to its parties takes effect on their 送达回证 (签收), not on a typed date
            throw new ConflictException("ARBITRATION_MEDIATION_SERVICE", "仲裁调解书的签收以送达回证为准：请在案件页的文书送达中登记各方当事人的签收");
        }
        return receipt(row, party.equals("APPLICANT"), on, user.username());
    }

    /**
     * The 送达回证 of the 调解书 on every applicant ({@code applicantsOn}, the last of their days) or every respondent
     * ({@code respondentsOn}) are recorded: each side's receipt is noted once, and when both sides have signed the
     * 调解书 takes effect on the later day (法 §42) and the case ends. Returns whether it took effect now.
     */
    boolean mediationServed(ArbitrationCaseRow row, LocalDate applicantsOn, LocalDate respondentsOn, String actor) {
        MediationRow mediation = mapper.mediation(row.id()).orElse(null);
        if (mediation == null || mediation.effectiveOn() != null) {
            return false;
        }
        boolean effective = false;
        if (applicantsOn != null && mediation.applicantReceivedOn() == null) {
            effective = receipt(row, true, applicantsOn, actor);
        }
        if (respondentsOn != null && mediation.respondentReceivedOn() == null) {
            effective = receipt(row, false, respondentsOn, actor) || effective;
        }
        return effective;
    }

    private boolean receipt(ArbitrationCaseRow row, boolean applicant, LocalDate on, String actor) {
        long id = row.id();
        String who = applicant ? "申请人" : "被申请人";
        int recorded = applicant ? mapper.recordApplicantReceipt(id, on) : mapper.recordRespondentReceipt(id, on);
        if (recorded == 0) {
            throw new ConflictException("ARBITRATION_MEDIATION_RECEIPT", who + "已签收仲裁调解书");
        }
        support.record(
                row,
                ArbitrationStep.MEDIATION_RECEIVED,
                "MEDIATION",
                on,
                who + "于" + on + "签收仲裁调解书",
                null,
                actor,
                "ARBITRATION_MEDIATION");
        MediationRow now = mapper.mediation(id).orElseThrow();
        if (now.applicantReceivedOn() == null || now.respondentReceivedOn() == null) {
            return false;
        }
        LocalDate effective = now.applicantReceivedOn().isAfter(now.respondentReceivedOn())
                ? now.applicantReceivedOn()
                : now.respondentReceivedOn();
        if (mapper.mediationEffective(id, effective) == 0) {
            return false;
        }
        end(row, ArbitrationStatus.MEDIATED, ArbitrationEnding.Outcome.MEDIATED, effective, "调解结案");
        support.record(
                row,
                ArbitrationStep.MEDIATED,
                "MEDIATION",
                effective,
                "双方当事人均已签收，仲裁调解书自" + effective + "起发生法律效力，本案调解结案",
                null,
                actor,
                "ARBITRATION_MEDIATION");
        return true;
    }

    /** 撤回 (kind WITHDRAWN) or 视为撤回 (ABSENT_APPLICANT), with its 决定书; the case ends. */
    @Transactional
    public void withdraw(CurrentUser user, long id, AwardPeriodRequest request) {
        AwardPeriodRequest r = AwardPeriod.orEmpty(request);
        ArbitrationCaseRow row = support.actOn(user, id, "办理撤回仲裁申请");
        withdraw(row, r, user.username());
    }

    /**
     * 视为撤回 after the applicant did not appear at the hearing (法 §36), recorded by the hearing's clerk or tribunal
     * through {@link HearingCases#applicantAbsent}; the hearings module has checked the user's right to act on the case.
     */
    @Transactional
    void absentApplicant(long id, String on, String reason, String actor) {
        withdraw(
                support.store().lock(id),
                new AwardPeriodRequest(on, "ABSENT_APPLICANT", reason, null, null, null),
                actor);
    }

    private void withdraw(ArbitrationCaseRow row, AwardPeriodRequest r, String actor) {
        // the applicant may withdraw before the committee has decided on acceptance as well as after it
        ArbitrationCaseStore.require(
                row,
                "办理撤回仲裁申请",
                ArbitrationStatus.RECEIVED,
                ArbitrationStatus.AWAITING_SUPPLEMENT,
                ArbitrationStatus.ACCEPTED,
                ArbitrationStatus.TRIBUNAL_COMPOSED);
        String kind =
                r.kind() == null || r.kind().isBlank() ? "WITHDRAWN" : r.kind().strip();
        if (!kind.equals("WITHDRAWN") && !kind.equals("ABSENT_APPLICANT")) {
            throw new InvalidInputException("kind", "Choice", "请选择申请人撤回，或申请人无正当理由拒不到庭按撤回处理");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String reason = AwardCaseSupport.collect(problems, () -> AwardCaseSupport.reason(r.reason()));
        LocalDate on = AwardCaseSupport.collect(problems, () -> support.day("on", "撤回日期", r.on(), row));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String decision = kind.equals("WITHDRAWN")
                ? "申请人于" + AwardPeriod.chinese(on) + "申请撤回仲裁申请（" + reason + "），经审查，本会准予撤回，本案终结。"
                : "申请人经书面通知，无正当理由拒不到庭（或者未经仲裁庭同意中途退庭）（" + reason + "），依据《中华人民共和国劳动争议调解仲裁法》第三十六条的规定，本案按撤回仲裁申请处理，本案终结。";
        DocumentView document = support.decide(AwardDocumentTypes.WITHDRAWAL_DECISION, row, decision, actor);
        end(
                row,
                ArbitrationStatus.WITHDRAWN,
                ArbitrationEnding.Outcome.valueOf(kind),
                on,
                kind.equals("WITHDRAWN") ? "撤回仲裁申请" : "按撤回处理");
        support.record(
                row,
                ArbitrationStep.WITHDRAWN,
                kind,
                on,
                (kind.equals("WITHDRAWN") ? "准予撤回仲裁申请：" : "申请人拒不到庭，按撤回处理：") + reason,
                document,
                actor,
                "ARBITRATION_WITHDRAWN");
    }

    private void end(
            ArbitrationCaseRow row,
            ArbitrationStatus to,
            ArbitrationEnding.Outcome outcome,
            LocalDate on,
            String reason) {
        if (mapper.end(row.id(), to.name()) == 0) {
            throw ConflictException.concurrentEdit("仲裁案件 " + ArbitrationCaseStore.nameOf(row));
        }
        support.deadlines().close(row.id(), ArbitrationDeadlines.AWARD, on);
        support.deadlines().close(row.id(), ArbitrationDeadlines.ACCEPTANCE, on);
        ending.end(row.processInstanceId(), outcome, reason);
    }
}
