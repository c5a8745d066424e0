package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.ChallengeRow;
import cn.laborcase.arbitration.persistence.ProcedureMapper;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.calendar.DeadlineId;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 回避 (调解仲裁法 §33; 办案规则 §§11–12): a party applies, with reasons, for a tribunal member or the recorder to
 * withdraw — before the hearing, or later until the hearing's debate ends if the cause became known only then. The
 * committee director decides within 3 working days (办案规则 §11; 附则: 三日 are working days), in writing: granted →
 * the member leaves the tribunal, the director names a replacement and the 仲裁庭组成通知书 is issued again. Whether
 * the director himself withdraws, where he sits on the tribunal, is for the committee (§12), not for him: refused here.
 */
@Service
public class Challenges {

    static final String DEADLINE = "ARBITRATION_CHALLENGE_DECISION";

    private final ProcedureSupport support;
    private final ProcedureMapper mapper;
    private final ArbitrationMapper cases;
    private final CasePreparation preparation;
    private final Deadlines deadlines;

    Challenges(
            ProcedureSupport support,
            ProcedureMapper mapper,
            ArbitrationMapper cases,
            CasePreparation preparation,
            Deadlines deadlines) {
        this.support = support;
        this.mapper = mapper;
        this.cases = cases;
        this.preparation = preparation;
        this.deadlines = deadlines;
    }

    /** The clerk registers the application; the same member on the same grounds twice: 409. */
    @Transactional
    public long apply(CurrentUser user, long id, ChallengeRequest request) {
        ChallengeRequest r = request == null ? new ChallengeRequest(null, null, null, null, null, null, null) : request;
        ArbitrationCaseRow row = support.clerkOf(user, id, "登记回避申请");
        ArbitrationCaseStore.require(row, "申请回避", ArbitrationStatus.TRIBUNAL_COMPOSED);
        String kind = r.memberKind() == null || r.memberKind().isBlank()
                ? "ARBITRATOR"
                : r.memberKind().strip();
        if (!kind.equals("ARBITRATOR") && !kind.equals("RECORDER")) {
            throw new InvalidInputException("memberKind", "Choice", "请选择被申请回避的人员：仲裁员或记录人员");
        }
        String username = null;
        String name;
        if (kind.equals("ARBITRATOR")) {
            String m = r.member() == null ? "" : r.member().strip();
            if (m.isEmpty()) {
                throw new InvalidInputException("member", "NotBlank", "请选择被申请回避的仲裁员");
            }
            boolean sits =
                    cases.tribunal(id).stream().map(TribunalMemberRow::username).anyMatch(m::equals);
            if (!sits) {
                throw new InvalidInputException("member", "NotMember", "被申请回避的仲裁员须为本案仲裁庭成员");
            }
            username = m;
            name = support.nameOf(m);
        } else {
            name = AwardCaseSupport.text("recorderName", "记录人员姓名", 50, r.recorderName());
        }
        String applicant = support.party("applicant", "申请回避的当事人", r.applicant(), id, null);
        String grounds = AwardCaseSupport.text("grounds", "申请回避的理由", 2000, r.grounds());
        LocalDate filed = support.award().day("filedOn", "申请日期", r.filedOn(), row);
        boolean late = Boolean.TRUE.equals(r.learnedLate());
        boolean heard = cases.hearings(id).stream().anyMatch(h -> "HELD".equals(h.status()));
        if (heard && !late) {
            // 办案规则 §11: after the hearing only if the cause became known later (and before the debate ends)
            throw new ConflictException(
                    "ARBITRATION_CHALLENGE_LATE", "本案已开庭审理，回避申请应当在开庭前提出；回避事由在开庭后知晓的，请注明并在庭审辩论终结前提出");
        }
        String digest = digest(grounds);
        boolean again = mapper.challenges(id).stream()
                .anyMatch(c -> c.memberName().equals(name) && c.groundsDigest().equals(digest));
        if (again) {
            throw sameRequest(name);
        }
        DeadlineView due = support.award().deadlines().open(DEADLINE, id, filed, null, null);
        GeneratedKey key = new GeneratedKey();
        try {
            mapper.insertChallenge(
                    new ChallengeRow(
                            null,
                            id,
                            kind,
                            username,
                            name,
                            applicant,
                            grounds,
                            digest,
                            filed,
                            late,
                            due.id().value(),
                            "PENDING",
                            null,
                            null,
                            null,
                            null,
                            null,
                            user.username(),
                            support.award().now(),
                            0),
                    key);
        } catch (DuplicateKeyException e) {
            throw sameRequest(name);
        }
        support.record(
                row,
                ProcedureStep.CHALLENGE_FILED,
                applicant + "于" + filed + "申请" + (kind.equals("ARBITRATOR") ? "仲裁员" : "记录人员") + name + "回避：" + grounds
                        + "；应于" + due.dueDate() + "前作出决定",
                user.username(),
                "ARBITRATION_CHALLENGE");
        return key.getId();
    }

    /** The director decides; granted → the replacement takes the seat and the tribunal is notified again. */
    @Transactional
    public void decide(CurrentUser user, long id, long challengeId, ProcedureDecisionRequest request) {
        ProcedureDecisionRequest r = request == null
                ? new ProcedureDecisionRequest(null, null, null, null, null, null, null, null, null)
                : request;
        ArbitrationCaseRow row = support.directorOf(user, id, "作出回避决定");
        ChallengeRow c = mapper.challenge(id, challengeId)
                .orElseThrow(() -> new cn.laborcase.shared.NotFoundException("回避申请", challengeId));
        if (user.username().equals(c.memberUsername())) {
            throw new ForbiddenException(
                    "ARBITRATION_CHALLENGE_DIRECTOR", "仲裁委员会主任担任本案仲裁员的，其是否回避由仲裁委员会决定（办案规则第十二条），不能由本人决定");
        }
        if (!c.status().equals("PENDING")) {
            throw new ConflictException("ARBITRATION_CHALLENGE_DECIDED", "该回避申请已于" + c.decidedOn() + "作出决定");
        }
        if (r.version() != null && r.version() != c.version()) {
            throw ConflictException.concurrentEdit("回避申请");
        }
        ArbitrationCaseStore.require(row, "作出回避决定", ArbitrationStatus.TRIBUNAL_COMPOSED);
        String decision = r.decision() == null ? "" : r.decision().strip();
        if (!decision.equals("GRANT") && !decision.equals("REFUSE")) {
            throw new InvalidInputException("decision", "Choice", "请选择决定：准许回避或驳回回避申请");
        }
        String reasons = AwardCaseSupport.text("reasons", "决定理由", 2000, r.reasons());
        boolean grant = decision.equals("GRANT");
        boolean arbitrator = c.memberKind().equals("ARBITRATOR");
        String replacement = null;
        if (grant && arbitrator) {
            replacement = r.replacement() == null ? "" : r.replacement().strip();
            if (replacement.isEmpty()) {
                throw new InvalidInputException("replacement", "NotBlank", "准许回避的，请选择接替的仲裁员");
            }
            String chosen = replacement;
            if (!preparation.arbitratorsOf(row.officeCode()).contains(chosen)) {
                throw new InvalidInputException("replacement", "NotArbitrator", "接替的仲裁员须为本仲裁委员会的仲裁员");
            }
            if (cases.tribunal(id).stream().map(TribunalMemberRow::username).anyMatch(chosen::equals)) {
                throw new InvalidInputException("replacement", "Duplicate", "接替的仲裁员已是本案仲裁庭成员");
            }
        }
        LocalDate today = support.award().today();
        String who = (arbitrator ? "仲裁员" : "记录人员") + c.memberName();
        String text = c.applicant() + "于" + AwardPeriod.chinese(c.filedOn()) + "申请" + who + "回避，理由为：" + c.grounds()
                + "\n经审查，" + reasons + "\n"
                + (grant
                        ? "决定" + who + "回避。"
                                + (arbitrator
                                        ? "由仲裁员" + support.nameOf(replacement) + "接替，仲裁庭组成人员另行通知。"
                                        : "由本会另行指定记录人员。")
                        : "申请人的回避申请理由不成立，决定驳回回避申请。");
        DocumentView document = support.decide(
                ProcedureDocumentTypes.CHALLENGE_DECISION,
                row,
                text,
                "《中华人民共和国劳动争议调解仲裁法》第三十三条；《劳动人事争议仲裁办案规则》第十一条、第十二条",
                user.username());
        if (mapper.decideChallenge(
                        challengeId,
                        c.version(),
                        grant ? "GRANTED" : "REFUSED",
                        today,
                        user.username(),
                        reasons,
                        replacement,
                        document.id())
                == 0) {
            throw ConflictException.concurrentEdit("回避申请");
        }
        if (c.deadlineId() != null) {
            DeadlineView d = deadlines.get(new DeadlineId(c.deadlineId()));
            if (d.closedOn() == null) {
                deadlines.close(d.id(), d.version(), today);
            }
        }
        support.record(
                row,
                ProcedureStep.CHALLENGE_DECIDED,
                (grant ? "准许" : "驳回") + who + "回避申请（" + c.applicant() + "）：" + reasons + "，" + document.number(),
                user.username(),
                "ARBITRATION_CHALLENGE");
        if (grant && arbitrator) {
            mapper.replaceTribunalMember(id, c.memberUsername(), replacement);
            DocumentView notice = support.reissueTribunalNotice(row, user.username());
            support.record(
                    row,
                    ProcedureStep.TRIBUNAL_RECOMPOSED,
                    "仲裁员" + c.memberName() + "回避，由仲裁员" + support.nameOf(replacement) + "接替；重新送达仲裁庭组成通知书 "
                            + notice.number(),
                    user.username(),
                    "ARBITRATION_TRIBUNAL_COMPOSED");
        }
    }

    private static ConflictException sameRequest(String name) {
        return new ConflictException("ARBITRATION_CHALLENGE_REPEATED", "已以相同理由申请" + name + "回避，不能重复申请");
    }

    /** The grounds as compared: whitespace collapsed, so that a re-typed copy of the same text is the same. */
    static String digest(String grounds) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(grounds.replaceAll("\\s+", " ").strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
