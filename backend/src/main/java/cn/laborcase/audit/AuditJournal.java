package cn.laborcase.audit;

import cn.laborcase.audit.persistence.AuditMapper;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.Page;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit journal in the caller's transaction, so a state change and its journal line commit together.
 * There is no update or delete: the journal is append-only.
 */
@Service
public class AuditJournal {

    static final String SYSTEM = "system";
    private static final int MAX_STATE = 2000;

    private final AuditMapper mapper;
    private final Clock clock;
    private final RequestOrigin origin;

    AuditJournal(AuditMapper mapper, Clock clock, RequestOrigin origin) {
        this.mapper = mapper;
        this.clock = clock;
        this.origin = origin;
    }

    /** Records a change made by the current user (or "system" outside a request). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String targetType, Object targetId, String summary) {
        record(action, targetType, targetId, summary, null, null);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String targetType, Object targetId, String summary, String before, String after) {
        recordAs(currentActor(), action, targetType, targetId, summary, before, after);
    }

    /** Records a change to a case by the current user: the target is the case's type and id ({@code COMPLAINT}, 42). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, CaseRef target, String summary) {
        record(action, target.type().name(), target.id(), summary, null, null);
    }

    /** Records a change to a case by the named actor (a delegate acting for the user who completed a task). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String action, CaseRef target, String summary, String before, String after) {
        recordAs(actor, action, target.type().name(), target.id(), summary, before, after);
    }

    /** For events where the actor is not the authenticated user, e.g. a failed login names the attempted user. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(
            String actor,
            String action,
            String targetType,
            Object targetId,
            String summary,
            String before,
            String after) {
        mapper.insert(new AuditEntry(
                null,
                Instant.now(clock),
                truncate(actor, 50),
                action,
                targetType,
                targetId == null ? null : String.valueOf(targetId),
                truncate(summary, 500),
                truncate(before, MAX_STATE),
                truncate(after, MAX_STATE),
                origin.remoteAddress()));
    }

    /** The action of an export, whatever the list. */
    public static final String LIST_EXPORTED = "LIST_EXPORTED";

    /**
     * Records an export of a list by the current user: which list (its Chinese name, also the target), the criteria in
     * words and how many rows left the system.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordExport(String list, String criteria, long rows) {
        record(LIST_EXPORTED, "LIST", list, "导出“" + list + "” " + rows + " 条；查询条件：" + criteria);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query) {
        return mapper.search(query);
    }

    /** One page of the journal for the query, newest first, with the total. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> page(AuditQuery query) {
        return new Page<>(mapper.search(query), mapper.count(query), query.page(), query.size());
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return mapper.count(query);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
