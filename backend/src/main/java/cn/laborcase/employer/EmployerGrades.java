package cn.laborcase.employer;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseNames;
import cn.laborcase.employer.persistence.BlacklistRow;
import cn.laborcase.employer.persistence.EmployerGradeMapper;
import cn.laborcase.employer.persistence.EmployerMapper;
import cn.laborcase.employer.persistence.GradeChangeRow;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 守法诚信等级 changes and the 失信联合惩戒名单 (人社部规〔2016〕1号; 《重大劳动保障违法行为社会公布办法》人社部令第29号):
 * a case (or a person) proposes a grade, with a blacklist entry when its rules say so; a leader of the employer's
 * office confirms (the grade changes, the entry is listed for 3 years) or rejects. Another office's leader gets a 404.
 */
@Service
public class EmployerGrades {

    /** 失信联合惩戒: listed for three years from confirmation (人社部规〔2017〕16号 §11). */
    static final int BLACKLIST_YEARS = 3;

    static final PrintableText REASON = PrintableText.multiline("调整理由", 500);

    private final EmployerGradeMapper grades;
    private final EmployerMapper employers;
    private final EmployerAccess access;
    private final EmployerRisk risk;
    private final AuditJournal audit;
    private final OrganizationNames names;
    private final CaseNames caseNames;
    private final cn.laborcase.security.DataScope dataScope;
    private final Clock clock;

    EmployerGrades(
            EmployerGradeMapper grades,
            EmployerMapper employers,
            EmployerAccess access,
            EmployerRisk risk,
            AuditJournal audit,
            OrganizationNames names,
            CaseNames caseNames,
            cn.laborcase.security.DataScope dataScope,
            Clock clock) {
        this.grades = grades;
        this.employers = employers;
        this.access = access;
        this.risk = risk;
        this.audit = audit;
        this.names = names;
        this.caseNames = caseNames;
        this.dataScope = dataScope;
        this.clock = clock;
    }

    /** Proposes a grade change without a blacklist entry; the proposal's id. */
    @Transactional
    public long propose(long employerId, String grade, String reason, CaseRef source, String actor) {
        return propose(employerId, grade, reason, source, actor, false);
    }

    /**
     * Proposes a grade change for the current year, with a 失信联合惩戒名单 entry when {@code blacklist}; the leaders
     * of the employer's office decide it. The proposal's id.
     */
    @Transactional
    public long propose(long employerId, String grade, String reason, CaseRef source, String actor, boolean blacklist) {
        EmployerView employer =
                employers.findById(employerId).orElseThrow(() -> new NotFoundException("用人单位", employerId));
        Grade to = Grade.of(grade).orElseThrow(() -> new InvalidInputException("grade", "Choice", "守法诚信等级应为 A、B 或 C"));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Required", "请填写调整理由");
        }
        REASON.problemOf("reason", reason).ifPresent(p -> {
            throw new InvalidInputException(List.of(p));
        });
        GeneratedKey key = new GeneratedKey();
        grades.insert(
                key,
                employerId,
                employer.integrityGrade(),
                to.name(),
                BeijingTime.today(clock).getYear(),
                PrintableText.normalizeNewlines(reason.strip()),
                source == null ? null : source.type().name(),
                source == null ? null : source.id(),
                blacklist,
                actor,
                clock.instant());
        audit.record(
                "EMPLOYER_GRADE_PROPOSED",
                EmployerChanges.TARGET,
                employerId,
                "建议将用人单位 " + employer.name() + " 的守法诚信等级由" + Grade.labelOf(employer.integrityGrade()) + "调整为"
                        + to.label() + (blacklist ? "，并列入失信联合惩戒名单" : "") + "：" + reason.strip());
        return key.getId();
    }

    /** A proposal's state (PROPOSED, CONFIRMED, REJECTED) with who decided it and when; empty for an unknown id. */
    @Transactional(readOnly = true)
    public java.util.Optional<ProposalState> proposalState(long proposalId) {
        return grades.find(proposalId).map(p -> new ProposalState(p.state(), p.decidedBy(), p.decidedAt()));
    }

    /** Where a grade proposal stands, for the module that proposed it. */
    public record ProposalState(String state, String decidedBy, java.time.Instant decidedAt) {}

    /** Whether a case has already proposed a grade change (a redelivered event proposes nothing twice). */
    @Transactional(readOnly = true)
    public boolean proposedFrom(CaseRef source) {
        return grades.countFromSource(source.type().name(), source.id()) > 0;
    }

    /**
     * A leader of the employer's office confirms: the grade changes (a C is also an early-warning signal) and the
     * blacklist entry, if proposed, is listed for three years. 404 for another office, 409 once decided or changed.
     */
    @Transactional
    public void confirm(long proposalId, CurrentUser leader) {
        confirm(null, proposalId, leader);
    }

    /**
     * As {@link #confirm(long, CurrentUser)}, for the proposal as the employer's page names it: a proposal of another
     * employer than {@code creditCode} is not found (404), so an address never reaches another employer's proposal.
     */
    @Transactional
    public void confirm(String creditCode, long proposalId, CurrentUser leader) {
        GradeChangeRow p = decidable(creditCode, proposalId, leader);
        decide(p, "CONFIRMED", leader);
        employers.setGrade(p.employerId(), p.toGrade());
        LocalDate today = BeijingTime.today(clock);
        if (p.blacklist()) {
            grades.insertBlacklist(
                    p.employerId(),
                    p.id(),
                    p.reason(),
                    p.sourceType(),
                    p.sourceId(),
                    today,
                    today.plusYears(BLACKLIST_YEARS),
                    leader.username(),
                    clock.instant());
        }
        audit.record(
                "EMPLOYER_GRADE_CONFIRMED",
                EmployerChanges.TARGET,
                p.employerId(),
                leader.displayName() + " 确认用人单位 " + p.employerName() + " 的守法诚信等级调整"
                        + (p.blacklist() ? "，列入失信联合惩戒名单至 " + today.plusYears(BLACKLIST_YEARS) : ""),
                "守法诚信等级：" + Grade.labelOf(p.fromGrade()),
                "守法诚信等级：" + Grade.labelOf(p.toGrade()));
        if ("C".equals(p.toGrade())) {
            risk.signal(p.employerId(), RiskSignal.GRADE_C, "守法诚信等级评为 C 级：" + p.reason(), source(p), leader.username());
        }
    }

    /** A leader of the employer's office rejects the proposal; nothing changes but its state. */
    @Transactional
    public void reject(long proposalId, CurrentUser leader) {
        reject(null, proposalId, leader);
    }

    /** As {@link #reject(long, CurrentUser)}, for the proposal of the employer {@code creditCode} only (else 404). */
    @Transactional
    public void reject(String creditCode, long proposalId, CurrentUser leader) {
        GradeChangeRow p = decidable(creditCode, proposalId, leader);
        decide(p, "REJECTED", leader);
        audit.record(
                "EMPLOYER_GRADE_REJECTED",
                EmployerChanges.TARGET,
                p.employerId(),
                leader.displayName() + " 未予确认用人单位 " + p.employerName() + " 的守法诚信等级调整（" + Grade.labelOf(p.toGrade())
                        + "）");
    }

    /** The proposals the leader may decide, oldest first. */
    @Transactional(readOnly = true)
    public List<GradeProposal> pending(CurrentUser user, int limit) {
        if (!user.isLeader() && !user.isAdmin()) {
            return List.of();
        }
        return grades.pending(user.isAdmin(), user.isAdmin() ? List.of() : user.officeCodes(), limit).stream()
                .map(p -> new GradeProposal(
                        p.id(),
                        p.employerName(),
                        p.creditCode(),
                        Grade.labelOf(p.fromGrade()),
                        Grade.labelOf(p.toGrade()),
                        p.gradeYear(),
                        p.reason(),
                        label(p.sourceType(), p.sourceId()),
                        p.blacklist(),
                        p.proposedBy() == null ? null : names.staff(p.proposedBy()),
                        p.proposedAt(),
                        p.version()))
                .toList();
    }

    /**
     * The quarterly public listing (重大劳动保障违法行为社会公布): the entries confirmed in the quarter, of the offices
     * in the user's scope; journalled as an export by the caller's list name.
     */
    @Transactional
    public List<BlacklistListing> quarter(CurrentUser user, int year, int quarter) {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2100) {
            throw new InvalidInputException("quarter", "Choice", "请选择年份和季度");
        }
        var scope = dataScope.cases(user);
        LocalDate from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        List<BlacklistRow> rows = grades.listedBetween(
                scope.everything(),
                List.copyOf(scope.officeCodes()),
                List.copyOf(scope.gridCodes()),
                from,
                from.plusMonths(3));
        List<BlacklistListing> listing = rows.stream()
                .map(b -> new BlacklistListing(
                        b.employerName(),
                        b.creditCode(),
                        b.legalRepresentative(),
                        b.reason(),
                        label(b.sourceType(), b.sourceId()),
                        b.listedOn(),
                        b.listedUntil()))
                .toList();
        audit.recordExport("重大劳动保障违法行为社会公布", year + " 年第 " + quarter + " 季度", listing.size());
        return listing;
    }

    private GradeChangeRow decidable(String creditCode, long proposalId, CurrentUser leader) {
        GradeChangeRow p = grades.find(proposalId)
                .filter(r -> access.canDecideGrades(leader, r.officeCode()))
                .filter(r -> creditCode == null
                        || employers
                                .findById(r.employerId())
                                .map(e -> e.creditCode().equalsIgnoreCase(creditCode.strip()))
                                .orElse(false))
                .orElseThrow(() -> new NotFoundException("等级调整建议", proposalId));
        if (!"PROPOSED".equals(p.state())) {
            throw new ConflictException("GRADE_DECIDED", "该等级调整建议已处理，不能再次确认或驳回");
        }
        return p;
    }

    private void decide(GradeChangeRow p, String state, CurrentUser leader) {
        if (grades.decide(p.id(), p.version(), state, leader.username(), clock.instant()) == 0) {
            throw new ConflictException("GRADE_DECIDED", "该等级调整建议已被他人处理，请刷新后查看");
        }
    }

    private static CaseRef source(GradeChangeRow p) {
        if (p.sourceType() == null || p.sourceId() == null) {
            return null;
        }
        return CaseType.of(p.sourceType()).map(t -> CaseRef.of(t, p.sourceId())).orElse(null);
    }

    private String label(String type, Long id) {
        if (type == null || id == null) {
            return null;
        }
        return CaseType.of(type).map(t -> caseNames.label(CaseRef.of(t, id))).orElse(null);
    }
}
