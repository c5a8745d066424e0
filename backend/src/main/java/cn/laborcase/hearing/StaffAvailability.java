package cn.laborcase.hearing;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.hearing.persistence.HearingMapper;
import cn.laborcase.hearing.persistence.UnavailabilityRow;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.StaffAccount;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When staff cannot sit or record (休假, 培训, 其他): entered by administrators (page, API, CSV); outside it a person is
 * available during the working day of {@code laborcase.hearing.working-*}.
 */
@Service
public class StaffAvailability {

    static final String CSV_HEADER = "username,from,to,kind,note";

    private final HearingMapper mapper;
    private final OrganizationDirectory directory;
    private final CaseTimeline names;
    private final AuditJournal audit;
    private final Clock clock;

    StaffAvailability(
            HearingMapper mapper,
            OrganizationDirectory directory,
            CaseTimeline names,
            AuditJournal audit,
            Clock clock) {
        this.mapper = mapper;
        this.directory = directory;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /** Administrators: everyone's (or one person's); staff: their own. */
    @Transactional(readOnly = true)
    public List<UnavailabilityView> list(CurrentUser user, String username) {
        List<String> who = user.isAdmin()
                ? (HearingFields.blank(username) ? null : List.of(username.strip()))
                : List.of(user.username());
        return mapper.unavailability(who, null, null).stream().map(this::view).toList();
    }

    @Transactional
    public UnavailabilityView add(CurrentUser user, UnavailabilityRequest request) {
        HearingRooms.requireAdmin(user);
        List<FieldProblem> problems = new ArrayList<>();
        UnavailabilityRow row =
                parse(request == null ? new UnavailabilityRequest(null, null, null, null, null) : request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // the same entry submitted twice (a double click) is recorded once
        if (mapper.unavailability(List.of(row.username()), row.startsAt(), row.endsAt()).stream()
                .anyMatch(u -> u.startsAt().equals(row.startsAt())
                        && u.endsAt().equals(row.endsAt())
                        && u.kind().equals(row.kind()))) {
            throw new ConflictException(
                    "UNAVAILABILITY_EXISTS",
                    "该人员这段时间的" + UnavailabilityKind.valueOf(row.kind()).label() + "已登记，无需重复提交");
        }
        return view(insert(row, user));
    }

    /**
     * Withdraws (deletes) an entry entered in error or no longer true: administrators only (403 for the person himself,
     * who sees his own entries; 404 for anyone else). Hearings are not touched: the person simply becomes bookable.
     */
    @Transactional
    public void withdraw(CurrentUser user, long id) {
        UnavailabilityRow row = mapper.unavailabilityEntry(id)
                .filter(u -> user.isAdmin() || u.username().equals(user.username()))
                .orElseThrow(() -> new NotFoundException("不可出庭时间", id));
        HearingRooms.requireAdmin(user);
        if (mapper.deleteUnavailability(id) == 0) {
            throw new NotFoundException("不可出庭时间", id);
        }
        audit.recordAs(
                user.username(),
                "STAFF_UNAVAILABILITY_WITHDRAWN",
                "staff",
                row.username(),
                "撤销 " + names.nameOf(row.username()) + " 的"
                        + UnavailabilityKind.valueOf(row.kind()).label() + "（" + HearingRules.describe(row.startsAt())
                        + " 至 " + HearingRules.describe(row.endsAt()) + "）",
                null,
                null);
    }

    /** CSV ({@value #CSV_HEADER}); any bad row: 400 naming each, nothing loaded. */
    @Transactional
    public ImportResult importCsv(CurrentUser user, byte[] csv) {
        HearingRooms.requireAdmin(user);
        List<List<String>> rows = HearingFields.csv(csv);
        if (rows.size() < 2) {
            throw new InvalidInputException("file", "Empty", "文件为空：第一行为表头（" + CSV_HEADER + "），其后每行一段不可用时间");
        }
        if (rows.size() - 1 > HearingFields.MAX_CSV_ROWS) {
            throw new InvalidInputException("file", "Size", "一次最多导入 " + HearingFields.MAX_CSV_ROWS + " 行");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<UnavailabilityRow> parsed = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            List<FieldProblem> own = new ArrayList<>();
            if (r.size() < 4) {
                own.add(new FieldProblem("columns", "Columns", "应有至少4列（" + CSV_HEADER + "），实有" + r.size() + "列"));
            } else {
                parsed.add(parse(
                        new UnavailabilityRequest(r.get(0), r.get(1), r.get(2), r.get(3), HearingFields.cell(r, 4)),
                        own));
            }
            own.forEach(p -> problems.add(HearingFields.onRow(line, p)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        parsed.forEach(r -> insert(r, user));
        return new ImportResult(parsed.size());
    }

    private UnavailabilityRow insert(UnavailabilityRow row, CurrentUser user) {
        GeneratedKey key = new GeneratedKey();
        mapper.insertUnavailability(row, user.username(), clock.instant(), key);
        audit.recordAs(
                user.username(),
                "STAFF_UNAVAILABLE",
                "staff",
                row.username(),
                names.nameOf(row.username()) + " "
                        + UnavailabilityKind.valueOf(row.kind()).label(),
                null,
                null);
        return new UnavailabilityRow(key.getId(), row.username(), row.startsAt(), row.endsAt(), row.kind(), row.note());
    }

    private UnavailabilityRow parse(UnavailabilityRequest r, List<FieldProblem> problems) {
        int before = problems.size();
        String username = HearingFields.text("username", "工作人员账号", r.username(), 50, true, problems);
        if (username != null
                && directory.findAccount(username).filter(StaffAccount::active).isEmpty()) {
            problems.add(new FieldProblem("username", "Unknown", "没有账号为「" + username + "」的在职工作人员"));
        }
        Instant from = HearingFields.dayOrInstant("from", "开始时间", r.from(), false, problems);
        Instant to = HearingFields.dayOrInstant("to", "结束时间", r.to(), true, problems);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new FieldProblem("to", "Order", "结束时间须晚于开始时间"));
        }
        var kind = UnavailabilityKind.parse(r.kind());
        if (kind.isEmpty()) {
            problems.add(new FieldProblem("kind", "Unknown", "类型请填写 休假、培训 或 其他"));
        }
        String note = HearingFields.text("note", "说明", r.note(), 200, false, problems);
        if (problems.size() > before) {
            return null;
        }
        return new UnavailabilityRow(null, username, from, to, kind.get().name(), note);
    }

    private UnavailabilityView view(UnavailabilityRow r) {
        UnavailabilityKind kind = UnavailabilityKind.valueOf(r.kind());
        return new UnavailabilityView(
                r.id(),
                r.username(),
                names.nameOf(r.username()),
                r.startsAt(),
                r.endsAt(),
                r.kind(),
                kind.label(),
                r.note());
    }
}
