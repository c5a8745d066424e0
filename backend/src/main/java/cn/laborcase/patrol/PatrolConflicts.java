package cn.laborcase.patrol;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.employer.EmployerDirectory;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.persistence.PatrolConflictMapper;
import cn.laborcase.patrol.persistence.PatrolConflictMapper.ConflictRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.UserLookup;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest (回避) of inspectors with employers, for the patrol draw (双随机: 劳动保障监察条例 §16 — an
 * inspector with an interest in the matter withdraws). An inspector declares his own for an employer he sees; a leader
 * of the employer's office (or an office above it) records one for an inspector, confirms or withdraws it; an
 * administrator sees them all. The draw reads
 * the declared and confirmed ones and records those it used ({@code patrol_plan_conflict}). Every change is journalled.
 */
@Service
public class PatrolConflicts {

    static final int LIST_LIMIT = 500;
    private static final PrintableText REASON = PrintableText.singleLine("回避事由", 200);
    private static final PrintableText NOTE = PrintableText.singleLine("撤回理由", 200);

    private final PatrolConflictMapper mapper;
    private final EmployerDirectory employers;
    private final UserLookup users;
    private final OrganizationNames names;
    private final AuditJournal audit;
    private final Clock clock;

    PatrolConflicts(
            PatrolConflictMapper mapper,
            EmployerDirectory employers,
            UserLookup users,
            OrganizationNames names,
            AuditJournal audit,
            Clock clock) {
        this.mapper = mapper;
        this.employers = employers;
        this.users = users;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /** A conflict as the list shows it. */
    public record ConflictView(
            long id,
            String inspector,
            String inspectorName,
            String employerName,
            String creditCode,
            String gridName,
            String reason,
            String declaredByName,
            Instant declaredAt,
            String state,
            String stateLabel,
            String decidedByName,
            Instant decidedAt,
            String decisionNote,
            int version,
            boolean mayConfirm,
            boolean mayWithdraw) {}

    /** Declares a conflict with the employer of this credit code (the user's own when {@code inspector} is blank). */
    @Transactional
    public ConflictView declare(CurrentUser user, String creditCode, String inspector, String reason) {
        if (creditCode == null || creditCode.isBlank()) {
            throw new InvalidInputException("creditCode", "Required", "请选择用人单位");
        }
        return declare(user, employers.visible(user, creditCode.strip()), inspector, reason);
    }

    /** The same by the employer's id. */
    @Transactional
    public ConflictView declare(CurrentUser user, long employerId, String inspector, String reason) {
        return declare(user, employers.visible(user, employerId), inspector, reason);
    }

    private ConflictView declare(CurrentUser user, EmployerView employer, String inspector, String reason) {
        String who = inspector == null || inspector.isBlank() ? user.username() : inspector.strip();
        boolean self = who.equals(user.username());
        if (!self && !decides(user, employer.officeCode())) {
            throw new ForbiddenException("ConflictForOther", "只有本机构负责人可以为其他监察员登记回避");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<CurrentUser> declarant = users.findActive(who).filter(u -> u.has(Role.INSPECTOR));
        if (declarant.isEmpty()) {
            problems.add(new FieldProblem("inspector", "NotInspector", self ? "只有监察员可以申请回避" : "请选择一名在职的监察员"));
        }
        String text = reason == null ? null : reason.strip();
        if (text == null || text.isEmpty()) {
            problems.add(new FieldProblem("reason", "Required", "请填写回避事由"));
        } else {
            REASON.problemOf("reason", text).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        Optional<ConflictRow> existing = mapper.findOf(who, employer.id());
        if (existing.isPresent() && !"WITHDRAWN".equals(existing.get().state())) {
            throw new ConflictException("ConflictDeclared", names.staff(who) + "已就" + employer.name() + "申请回避，无需重复申请");
        }
        try {
            if (existing.isPresent()) {
                if (mapper.redeclare(existing.get().id(), existing.get().version(), text, user.username(), now) != 1) {
                    throw ConflictException.concurrentEdit("该回避申请");
                }
            } else {
                mapper.insert(who, employer.id(), text, user.username(), now);
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("ConflictDeclared", names.staff(who) + "已就" + employer.name() + "申请回避，无需重复申请");
        }
        audit.record(
                "PATROL_CONFLICT_DECLARED",
                "EMPLOYER",
                employer.id(),
                names.staff(who) + "就" + employer.name() + "申请回避：" + text
                        + (self ? "" : "（" + user.displayName() + "登记）"));
        return view(user, mapper.findOf(who, employer.id()).orElseThrow());
    }

    /** The user's own conflicts (inspectors), those of his offices' employers (leaders), all (administrators). */
    @Transactional(readOnly = true)
    public List<ConflictView> list(CurrentUser user) {
        Set<String> inspectors = user.has(Role.INSPECTOR) ? Set.of(user.username()) : Set.of();
        Set<String> offices = user.isLeader() ? Set.copyOf(user.officeCodes()) : Set.of();
        return mapper.list(user.isAdmin(), inspectors, offices, LIST_LIMIT).stream()
                .map(r -> view(user, r))
                .toList();
    }

    /** A leader confirms a declared conflict. */
    @Transactional
    public ConflictView confirm(CurrentUser user, long id, Integer version) {
        ConflictRow row = decidable(user, id);
        if (!"DECLARED".equals(row.state())) {
            throw new ConflictException("ConflictDecided", "该回避申请已" + label(row.state()) + "，不能确认");
        }
        decide(user, row, version, List.of("DECLARED"), "CONFIRMED", null);
        audit.record(
                "PATROL_CONFLICT_CONFIRMED",
                "EMPLOYER",
                row.employerId(),
                user.displayName() + "确认" + names.staff(row.inspector()) + "就" + row.employerName() + "回避");
        return view(user, mapper.find(id).orElseThrow());
    }

    /** A leader withdraws a declared or confirmed conflict, with a reason: the draw may pair them again. */
    @Transactional
    public ConflictView withdraw(CurrentUser user, long id, Integer version, String note) {
        ConflictRow row = decidable(user, id);
        String text = note == null ? null : note.strip();
        if (text == null || text.isEmpty()) {
            throw new InvalidInputException("note", "Required", "请填写撤回理由");
        }
        NOTE.problemOf("note", text).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        if ("WITHDRAWN".equals(row.state())) {
            throw new ConflictException("ConflictDecided", "该回避申请已撤回");
        }
        decide(user, row, version, List.of("DECLARED", "CONFIRMED"), "WITHDRAWN", text);
        audit.record(
                "PATROL_CONFLICT_WITHDRAWN",
                "EMPLOYER",
                row.employerId(),
                user.displayName() + "撤回" + names.staff(row.inspector()) + "就" + row.employerName() + "的回避：" + text,
                label(row.state()),
                label("WITHDRAWN"));
        return view(user, mapper.find(id).orElseThrow());
    }

    private void decide(CurrentUser user, ConflictRow row, Integer version, List<String> from, String to, String note) {
        if (version == null) {
            throw new InvalidInputException("version", "Required", "缺少版本号，请刷新页面后重试");
        }
        if (mapper.decide(row.id(), version, from, to, user.username(), Instant.now(clock), note) != 1) {
            throw ConflictException.concurrentEdit("该回避申请");
        }
    }

    /** The conflict for a leader who decides it; 403 for its own inspector, 404 for anyone else. */
    private ConflictRow decidable(CurrentUser user, long id) {
        ConflictRow row = mapper.find(id).orElseThrow(() -> new NotFoundException("回避申请", id));
        if (decides(user, row.officeCode())) {
            return row;
        }
        if (row.inspector().equals(user.username())) {
            throw new ForbiddenException("ConflictDecision", "回避申请由本机构负责人确认或撤回");
        }
        throw new NotFoundException("回避申请", id);
    }

    /** A leader of the employer's office or an office above it; administrators see every conflict but decide none. */
    private static boolean decides(CurrentUser user, String officeCode) {
        return user.isLeader() && user.officeCodes().contains(officeCode);
    }

    private ConflictView view(CurrentUser user, ConflictRow r) {
        boolean decides = decides(user, r.officeCode());
        return new ConflictView(
                r.id(),
                r.inspector(),
                names.staff(r.inspector()),
                r.employerName(),
                r.creditCode(),
                names.grid(r.gridCode()),
                r.reason(),
                names.staff(r.declaredBy()),
                r.declaredAt(),
                r.state(),
                label(r.state()),
                r.decidedBy() == null ? null : names.staff(r.decidedBy()),
                r.decidedAt(),
                r.decisionNote(),
                r.version(),
                decides && "DECLARED".equals(r.state()),
                decides && !"WITHDRAWN".equals(r.state()));
    }

    static String label(String state) {
        return switch (state) {
            case "DECLARED" -> "已申请";
            case "CONFIRMED" -> "已确认";
            case "WITHDRAWN" -> "已撤回";
            default -> state;
        };
    }
}
