package cn.laborcase.inspection;

import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.inspection.persistence.InspectionCaseMapper;
import cn.laborcase.inspection.persistence.InspectorRow;
import cn.laborcase.inspection.process.InspectionCaseProcess;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The case's inspectors: their assignment from the grid's pool (条例 §16), their 回避声明, a party's request for
 * a recusal and the leader's decision on it. Runs in the transaction of its caller, {@link InspectionCases}.
 */
@Component
class InspectorAssignments {

    private final InspectionCaseStore store;
    private final InspectionCaseMapper mapper;
    private final CaseTimeline timeline;
    private final OrganizationDirectory directory;
    private final UserLookup users;

    InspectorAssignments(
            InspectionCaseStore store,
            InspectionCaseMapper mapper,
            CaseTimeline timeline,
            OrganizationDirectory directory,
            UserLookup users) {
        this.store = store;
        this.mapper = mapper;
        this.timeline = timeline;
        this.directory = directory;
        this.users = users;
    }

    /**
     * Two inspectors at least (条例 §16), from the grid's pool, the first the lead (主办). Replaces no one: a
     * recusal replaces one inspector ({@link #decideRecusal}).
     */
    List<String> assignInspectors(long caseId, List<String> usernames, String actor) {
        InspectionCase c = store.lock(caseId);
        c.requireStatus("指派监察员", InspectionStatus.INVESTIGATING);
        List<String> chosen = usernames == null
                ? List.of()
                : usernames.stream()
                        .filter(u -> u != null && !u.isBlank())
                        .map(u -> gridInspectorNamed(u, c.gridCode()))
                        .distinct()
                        .toList();
        if (chosen.size() < 2) {
            throw new InvalidInputException(InspectionCaseProcess.INSPECTORS, "Size", "请指派至少两名监察员（《劳动保障监察条例》第十六条）");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (String u : chosen) {
            if (!isGridInspector(u, c.gridCode())) {
                problems.add(
                        new FieldProblem(InspectionCaseProcess.INSPECTORS, "NotEligible", "「" + u + "」不是该网格的在职监察员"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Set<String> already =
                mapper.inspectors(caseId).stream().map(InspectorRow::username).collect(Collectors.toSet());
        Instant now = timeline.now();
        boolean first = already.isEmpty();
        for (String u : chosen) {
            if (already.add(u)) {
                mapper.insertInspector(caseId, u, first, now, actor);
                first = false;
            }
        }
        store.step(
                c,
                InspectionStep.INSPECTORS_ASSIGNED,
                actor,
                "指派监察员：" + chosen.stream().map(timeline::nameOf).collect(Collectors.joining("、")));
        return store.activeInspectors(caseId);
    }

    /** Is a recusal (a party's request or an inspector's own) waiting for the leader's decision? */
    boolean recusalPending(long caseId) {
        return mapper.inspectors(caseId).stream().anyMatch(i -> !i.recused() && i.recusalRequestedAt() != null);
    }

    /**
     * An inspector's 回避声明: he declares he has no conflict of interest, or declares one (he then asks to withdraw,
     * and the leader decides as on a party's request).
     */
    void declare(long caseId, String username, boolean conflict, String note) {
        InspectionCase c = store.lock(caseId);
        if (!store.activeInspectors(caseId).contains(username)) {
            throw new ConflictException(
                    "NOT_CASE_INSPECTOR", timeline.nameOf(username) + "不是监察案件" + c.number() + "的承办监察员");
        }
        if (conflict) {
            mapper.requestRecusal(caseId, username, timeline.now(), "本人申请回避" + store.suffix(note));
            store.step(
                    c,
                    InspectionStep.RECUSAL_REQUESTED,
                    username,
                    timeline.nameOf(username) + "声明存在利害关系，申请回避" + store.suffix(note));
        } else {
            mapper.declare(caseId, username, timeline.now());
            store.step(c, InspectionStep.DECLARED, username, timeline.nameOf(username) + "声明与本案当事人无利害关系");
        }
    }

    /** A party asked for an inspector's recusal (申请回避), with its reason; the leader decides. */
    void requestRecusal(long caseId, String named, String reason, String actor) {
        InspectionCase c = store.lock(caseId);
        String inspector = named == null
                ? null
                : store.activeInspectors(caseId).stream()
                        .filter(u ->
                                u.equals(named.strip()) || timeline.nameOf(u).equals(named.strip()))
                        .findFirst()
                        .orElse(named.strip());
        if (inspector == null || !store.activeInspectors(caseId).contains(inspector)) {
            throw new InvalidInputException(InspectionCaseProcess.RECUSAL_OF, "NotInspector", "请选择本案的承办监察员");
        }
        mapper.requestRecusal(caseId, inspector, timeline.now(), reason);
        store.step(
                c,
                InspectionStep.RECUSAL_REQUESTED,
                actor,
                "当事人申请" + timeline.nameOf(inspector) + "回避" + store.suffix(reason));
    }

    /** The leader's decision on a recusal: granted, the inspector leaves and {@code replacement} joins. */
    void decideRecusal(long caseId, boolean grant, String named, String actor) {
        InspectionCase c = store.lock(caseId);
        String replacement = named == null || named.isBlank() ? null : gridInspectorNamed(named, c.gridCode());
        InspectorRow asked = mapper.inspectors(caseId).stream()
                .filter(i -> !i.recused() && i.recusalRequestedAt() != null)
                .findFirst()
                .orElseThrow(() -> new ConflictException("NO_RECUSAL_REQUEST", "监察案件" + c.number() + "没有待决定的回避申请"));
        if (!grant) {
            mapper.decideRecusal(caseId, asked.username(), false, actor);
            mapper.requestRecusal(caseId, asked.username(), null, null);
            store.step(c, InspectionStep.RECUSAL_DECIDED, actor, "驳回对" + timeline.nameOf(asked.username()) + "的回避申请");
            return;
        }
        if (replacement == null
                || !isGridInspector(replacement, c.gridCode())
                || store.activeInspectors(caseId).contains(replacement)) {
            throw new InvalidInputException(
                    InspectionCaseProcess.REPLACEMENT, "NotEligible", "请选择接替的监察员（该网格的在职监察员，且不是本案承办人）");
        }
        mapper.decideRecusal(caseId, asked.username(), true, actor);
        mapper.insertInspector(caseId, replacement, asked.lead(), timeline.now(), actor);
        store.step(
                c,
                InspectionStep.RECUSAL_DECIDED,
                actor,
                "决定" + timeline.nameOf(asked.username()) + "回避，由" + timeline.nameOf(replacement) + "接替");
    }

    /**
     * The inspector a form names, by his name as staff know it or by his account name: the grid's inspector of that
     * account name, else the one grid inspector of that name; otherwise the text as typed (refused by the caller).
     */
    private String gridInspectorNamed(String named, String gridCode) {
        String text = named.strip();
        List<Colleague> pool = directory.colleagues(List.of(GroupIds.gridInspectors(gridCode)), null);
        if (pool.stream().anyMatch(p -> p.username().equals(text))) {
            return text;
        }
        List<Colleague> byName =
                pool.stream().filter(p -> text.equals(p.displayName())).toList();
        return byName.size() == 1 ? byName.get(0).username() : text;
    }

    private boolean isGridInspector(String username, String gridCode) {
        return users.findActive(username)
                .filter(u -> u.has(Role.INSPECTOR) && u.groups().contains(GroupIds.gridInspectors(gridCode)))
                .isPresent();
    }
}
