package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.PartyRow;
import cn.laborcase.arbitration.persistence.TribunalMemberRow;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the procedural decisions share: who may register an application (the committee's clerks and its director) and
 * who decides (the director; the tribunal for its own award), the written decision with its legal basis, the
 * re-issued 仲裁庭组成通知书, and the timeline entry with its audit line.
 */
@Component
class ProcedureSupport {

    private final AwardCaseSupport award;
    private final ArbitrationCaseStore store;
    private final ArbitrationMapper cases;
    private final CaseTimeline timeline;
    private final AuditJournal audit;

    ProcedureSupport(
            AwardCaseSupport award,
            ArbitrationCaseStore store,
            ArbitrationMapper cases,
            CaseTimeline timeline,
            AuditJournal audit) {
        this.award = award;
        this.store = store;
        this.cases = cases;
        this.timeline = timeline;
        this.audit = audit;
    }

    AwardCaseSupport award() {
        return award;
    }

    /** The case locked, if the user is a clerk (立案窗口, 书记员) or the director of its committee. */
    ArbitrationCaseRow clerkOf(CurrentUser user, long id, String action) {
        ArbitrationCaseRow row = store.lockVisible(user, id);
        boolean office = user.officeCode().equals(row.officeCode());
        boolean clerk =
                user.has(Role.INTAKE_CLERK) || user.has(Role.HEARING_CLERK) || user.has(Role.COMMITTEE_DIRECTOR);
        if (!office || !clerk) {
            throw new ForbiddenException("ARBITRATION_CLERK", "只有本仲裁委员会的立案、书记人员或仲裁委主任可以" + action);
        }
        return row;
    }

    ArbitrationCaseRow directorOf(CurrentUser user, long id, String action) {
        return award.directorOf(user, id, action);
    }

    List<PartyRow> parties(long caseId) {
        return cases.parties(caseId);
    }

    List<TribunalMemberRow> tribunal(long caseId) {
        return cases.tribunal(caseId);
    }

    /** A party of the case by its name, as registered (400 naming the field otherwise). */
    String party(String field, String label, String value, long caseId, String kind) {
        String name = AwardCaseSupport.text(field, label, 200, value).strip();
        boolean known = parties(caseId).stream()
                .anyMatch(
                        p -> (kind == null || p.kind().equals(kind)) && p.name().equals(name));
        if (!known) {
            throw new InvalidInputException(
                    field, "NotParty", label + "须为本案" + (kind == null ? "当事人" : "被申请人") + "（按登记的名称填写）");
        }
        return name;
    }

    DocumentView decide(String type, ArbitrationCaseRow row, String decision, String basis, String actor) {
        Map<String, String> data = award.documents().common(row);
        data.put("decision", decision);
        data.put("basis", basis);
        return award.documents().issue(type, row, data, actor);
    }

    /** The 仲裁庭组成通知书 again, with the members as they are now (after a 回避 or a change of procedure). */
    DocumentView reissueTribunalNotice(ArbitrationCaseRow row, String actor) {
        List<String> lines = new ArrayList<>();
        List<TribunalMemberRow> members = tribunal(row.id());
        for (TribunalMemberRow m : members) {
            lines.add(CasePreparation.roleLabel(m.memberRole()) + "："
                    + award.documents().nameOf(m.username()));
        }
        boolean sole = members.size() == 1;
        Map<String, String> data = award.documents().common(row);
        data.put("mode", sole ? "由一名仲裁员独任仲裁" : "由三名仲裁员组成仲裁庭，设首席仲裁员");
        data.put("tribunal", String.join("\n", lines));
        award.deadlines()
                .open(row.id(), ArbitrationDeadlines.AWARD)
                .ifPresent(d -> data.put("awardDueDate", d.dueDate().toString()));
        return award.documents().issue(ArbitrationDocumentTypes.TRIBUNAL_NOTICE, row, data, actor);
    }

    void record(ArbitrationCaseRow row, ProcedureStep step, String detail, String actor, String auditAction) {
        String cut = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        timeline.record(ArbitrationCaseStore.ref(row.id()), step.name(), step.label(), actor, cut);
        audit.recordAs(
                actor,
                auditAction,
                ArbitrationCaseStore.ref(row.id()),
                step.label() + " " + ArbitrationCaseStore.nameOf(row),
                null,
                cut);
    }

    String nameOf(String username) {
        return award.documents().nameOf(username);
    }
}
