package cn.laborcase.hearing;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.hearing.persistence.ClosureRow;
import cn.laborcase.hearing.persistence.HearingMapper;
import cn.laborcase.hearing.persistence.HearingRow;
import cn.laborcase.hearing.persistence.RoomRow;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committees' hearing rooms: administrators add them (by page, API or CSV; a CSV row naming an existing room
 * updates it) with capacity, equipment, opening hours and out-of-service days, edit them at a version and deactivate
 * them once no scheduled hearing is left in them; the committee's staff read their own committee's rooms.
 */
@Service
public class HearingRooms {

    static final String CSV_HEADER = "office,name,capacity,video,recording,opens,closes,outOfService";

    private final HearingMapper mapper;
    private final OrganizationDirectory directory;
    private final AuditJournal audit;
    private final Clock clock;

    HearingRooms(HearingMapper mapper, OrganizationDirectory directory, AuditJournal audit, Clock clock) {
        this.mapper = mapper;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** Administrators: every room; staff: their committee's. */
    @Transactional(readOnly = true)
    public List<RoomView> list(CurrentUser user) {
        List<RoomRow> rows = mapper.rooms(user.isAdmin() ? null : user.officeCodes());
        return views(rows);
    }

    /** The room if the user's committee owns it (administrators: any); 404 otherwise. */
    @Transactional(readOnly = true)
    public RoomView get(CurrentUser user, long id) {
        RoomRow row = mapper.room(id)
                .filter(r -> user.isAdmin() || user.officeCodes().contains(r.officeCode()))
                .orElseThrow(() -> new NotFoundException("审理室", id));
        return views(List.of(row)).get(0);
    }

    @Transactional
    public RoomView create(CurrentUser user, RoomRequest request) {
        requireAdmin(user);
        List<FieldProblem> problems = new ArrayList<>();
        Parsed parsed = parse(
                request == null ? new RoomRequest(null, null, null, null, null, null, null, null) : request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = insert(parsed, user);
        return get(user, id);
    }

    /**
     * Edits a room's name, capacity, equipment and opening hours (not its committee) at the version the administrator
     * saw: 404 if he cannot see it, 403 if he may not manage rooms, 400 naming each wrong field, 409 if it changed
     * meanwhile or the name is taken. Hearings already booked keep their time: the new hours govern new bookings.
     */
    @Transactional
    public RoomView update(CurrentUser user, long id, RoomUpdateRequest request) {
        RoomRow room = visible(user, id);
        requireAdmin(user);
        RoomUpdateRequest r =
                request == null ? new RoomUpdateRequest(null, null, null, null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        if (r.version() == null) {
            problems.add(new FieldProblem("version", "NotNull", "缺少版本号，请刷新后重试"));
        }
        Parsed p = parse(
                new RoomRequest(
                        room.officeCode(),
                        r.name(),
                        r.capacity(),
                        r.video(),
                        r.recording(),
                        r.opensAt(),
                        r.closesAt(),
                        List.of()),
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        update(room, r.version(), p, user);
        return get(user, id);
    }

    /**
     * Deactivates (停用) or reactivates a room at the version the administrator saw. A room with SCHEDULED hearings
     * that have not ended is not deactivated: 409 listing them (case, time, hearing number) — move or cancel them
     * first, so that no party is summoned to a room the committee has stopped using.
     */
    @Transactional
    public RoomView setActive(CurrentUser user, long id, RoomActivationRequest request) {
        RoomRow room = visible(user, id);
        requireAdmin(user);
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null || request.version() == null) {
            problems.add(new FieldProblem("version", "NotNull", "缺少版本号，请刷新后重试"));
        }
        if (request == null || request.active() == null) {
            problems.add(new FieldProblem("active", "NotNull", "请选择启用或停用"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!request.active()) {
            List<HearingRow> booked = mapper.scheduledInRoom(id, clock.instant());
            if (!booked.isEmpty()) {
                throw new ConflictException(
                        "HEARING_ROOM_IN_USE",
                        "审理室「" + room.name() + "」还有 " + booked.size() + " 次待开庭安排，请先变更或取消后再停用："
                                + booked.stream()
                                        .map(h -> h.caseNumber() + "，" + HearingNotices.when(h.startsAt(), h.endsAt())
                                                + "（开庭编号 " + h.id() + "）")
                                        .collect(Collectors.joining("；")));
            }
        }
        if (mapper.setRoomActive(id, request.version(), request.active()) == 0) {
            throw ConflictException.concurrentEdit("审理室「" + room.name() + "」");
        }
        audit.recordAs(
                user.username(),
                request.active() ? "HEARING_ROOM_ACTIVATED" : "HEARING_ROOM_DEACTIVATED",
                "hearingRoom",
                String.valueOf(id),
                (request.active() ? "启用审理室「" : "停用审理室「") + room.name() + "」",
                null,
                null);
        return get(user, id);
    }

    /** Adds days out of service to a room. */
    @Transactional
    public RoomView addClosure(CurrentUser user, long roomId, RoomRequest.ClosureRequest request) {
        requireAdmin(user);
        RoomRow room = mapper.room(roomId).orElseThrow(() -> new NotFoundException("审理室", roomId));
        List<FieldProblem> problems = new ArrayList<>();
        ClosureRow c = closure("", request, roomId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        mapper.insertClosure(c);
        audit.recordAs(
                user.username(),
                "HEARING_ROOM_CLOSED",
                "hearingRoom",
                String.valueOf(roomId),
                "审理室「" + room.name() + "」停用 " + c.fromDay() + " 至 " + c.toDay(),
                null,
                null);
        return get(user, roomId);
    }

    /**
     * Loads rooms from CSV ({@value #CSV_HEADER}; yes/no as 是/否; out-of-service days as
     * {@code 2026-12-24~2026-12-25} separated by {@code ;}). Any bad row: 400 naming every bad row and field, nothing
     * loaded.
     */
    @Transactional
    public ImportResult importCsv(CurrentUser user, byte[] csv) {
        requireAdmin(user);
        List<List<String>> rows = HearingFields.csv(csv);
        List<FieldProblem> problems = new ArrayList<>();
        if (rows.size() < 2) {
            throw new InvalidInputException("file", "Empty", "文件为空：第一行为表头（" + CSV_HEADER + "），其后每行一个审理室");
        }
        if (rows.size() - 1 > HearingFields.MAX_CSV_ROWS) {
            throw new InvalidInputException("file", "Size", "一次最多导入 " + HearingFields.MAX_CSV_ROWS + " 行");
        }
        List<Parsed> parsed = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int line = i + 1;
            List<FieldProblem> own = new ArrayList<>();
            if (r.size() < 7) {
                own.add(new FieldProblem("columns", "Columns", "应有至少7列（" + CSV_HEADER + "），实有" + r.size() + "列"));
            } else {
                List<RoomRequest.ClosureRequest> closures = new ArrayList<>();
                String days = HearingFields.cell(r, 7);
                if (!days.isBlank()) {
                    for (String range : days.split(";")) {
                        String[] ends = range.split("~", 2);
                        closures.add(new RoomRequest.ClosureRequest(
                                ends[0].strip(), ends.length > 1 ? ends[1].strip() : ends[0].strip(), "停用"));
                    }
                }
                Boolean video = HearingFields.yesNo("video", "远程视频", r.get(3), own);
                Boolean recording = HearingFields.yesNo("recording", "录音录像", r.get(4), own);
                Integer capacity = null;
                try {
                    capacity = Integer.valueOf(r.get(2));
                } catch (NumberFormatException e) {
                    own.add(new FieldProblem("capacity", "Format", "容纳人数须为整数"));
                }
                Parsed p = parse(
                        new RoomRequest(
                                r.get(0),
                                r.get(1),
                                capacity == null ? 1 : capacity,
                                video,
                                recording,
                                r.get(5),
                                r.get(6),
                                closures),
                        own);
                if (p != null && !seen.add(p.officeCode + "/" + p.name)) {
                    own.add(new FieldProblem("name", "Duplicate", "审理室「" + p.name + "」在文件中重复"));
                }
                parsed.add(p);
            }
            own.forEach(p -> problems.add(HearingFields.onRow(line, p)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // a row naming a room the committee already has updates it (capacity, equipment, hours; its closures added)
        for (Parsed p : parsed) {
            var existing = mapper.roomByName(p.officeCode, p.name);
            if (existing.isPresent()) {
                update(existing.get(), existing.get().version(), p, user);
                for (ClosureRow c : p.closures) {
                    mapper.insertClosure(new ClosureRow(null, existing.get().id(), c.fromDay(), c.toDay(), c.reason()));
                }
            } else {
                insert(p, user);
            }
        }
        return new ImportResult(parsed.size());
    }

    @Transactional(readOnly = true)
    public List<RoomRow> rowsOf(String officeCode) {
        return mapper.rooms(List.of(officeCode));
    }

    private void update(RoomRow room, int version, Parsed p, CurrentUser user) {
        int changed;
        try {
            changed = mapper.updateRoom(new RoomRow(
                    room.id(),
                    room.officeCode(),
                    p.name,
                    p.capacity,
                    p.video,
                    p.recording,
                    p.opens,
                    p.closes,
                    room.active(),
                    version));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("HEARING_ROOM_EXISTS", "审理室「" + p.name + "」已存在");
        }
        if (changed == 0) {
            throw ConflictException.concurrentEdit("审理室「" + room.name() + "」");
        }
        audit.recordAs(
                user.username(),
                "HEARING_ROOM_CHANGED",
                "hearingRoom",
                String.valueOf(room.id()),
                "修改审理室「" + room.name() + "」：" + p.name + "，" + p.capacity + "人，" + HearingFields.hhmm(p.opens) + "–"
                        + HearingFields.hhmm(p.closes),
                null,
                null);
    }

    /** The room if the user may see it (his committee's; administrators: any), 404 otherwise. */
    private RoomRow visible(CurrentUser user, long id) {
        return mapper.room(id)
                .filter(r -> user.isAdmin() || user.officeCodes().contains(r.officeCode()))
                .orElseThrow(() -> new NotFoundException("审理室", id));
    }

    private long insert(Parsed p, CurrentUser user) {
        GeneratedKey key = new GeneratedKey();
        try {
            mapper.insertRoom(
                    new RoomRow(
                            null, p.officeCode, p.name, p.capacity, p.video, p.recording, p.opens, p.closes, true, 0),
                    clock.instant(),
                    key);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("HEARING_ROOM_EXISTS", "审理室「" + p.name + "」已存在");
        }
        for (ClosureRow c : p.closures) {
            mapper.insertClosure(new ClosureRow(null, key.getId(), c.fromDay(), c.toDay(), c.reason()));
        }
        audit.recordAs(
                user.username(),
                "HEARING_ROOM_CREATED",
                "hearingRoom",
                String.valueOf(key.getId()),
                "新增审理室「" + p.name + "」（" + p.officeCode + "，" + p.capacity + "人）",
                null,
                null);
        return key.getId();
    }

    private record Parsed(
            String officeCode,
            String name,
            int capacity,
            boolean video,
            boolean recording,
            int opens,
            int closes,
            List<ClosureRow> closures) {}

    private Parsed parse(RoomRequest r, List<FieldProblem> problems) {
        int before = problems.size();
        String office = HearingFields.text("officeCode", "所属仲裁委员会", r.officeCode(), 20, true, problems);
        if (office != null && directory.offices().stream().map(Office::code).noneMatch(office::equals)) {
            problems.add(new FieldProblem("officeCode", "Unknown", "没有代码为「" + office + "」的机构"));
        }
        String name = HearingFields.text("name", "审理室名称", r.name(), 100, true, problems);
        if (r.capacity() == null) {
            problems.add(new FieldProblem("capacity", "NotNull", "请填写容纳人数"));
        } else if (r.capacity() < 1 || r.capacity() > 500) {
            problems.add(new FieldProblem("capacity", "Range", "容纳人数须在1至500之间"));
        }
        LocalTime opens = HearingFields.time("opensAt", "开放时间", r.opensAt(), problems);
        LocalTime closes = HearingFields.time("closesAt", "关闭时间", r.closesAt(), problems);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add(new FieldProblem("closesAt", "Order", "关闭时间须晚于开放时间"));
        }
        List<ClosureRow> closures = new ArrayList<>();
        for (int i = 0; i < r.outOfService().size(); i++) {
            closures.add(closure("outOfService[" + i + "].", r.outOfService().get(i), 0, problems));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Parsed(
                office,
                name,
                r.capacity(),
                Boolean.TRUE.equals(r.video()),
                Boolean.TRUE.equals(r.recording()),
                opens.getHour() * 60 + opens.getMinute(),
                closes.getHour() * 60 + closes.getMinute(),
                closures);
    }

    private static ClosureRow closure(String prefix, RoomRequest.ClosureRequest c, long roomId, List<FieldProblem> p) {
        if (c == null) {
            p.add(new FieldProblem(prefix + "from", "NotNull", "请填写停用起始日期"));
            return null;
        }
        LocalDate from = HearingFields.date(prefix + "from", "停用起始日期", c.from(), p);
        LocalDate to = HearingFields.date(prefix + "to", "停用结束日期", c.to(), p);
        String reason = HearingFields.text(prefix + "reason", "停用原因", c.reason(), 200, false, p);
        if (from != null && to != null && to.isBefore(from)) {
            p.add(new FieldProblem(prefix + "to", "Order", "停用结束日期不能早于起始日期"));
            return null;
        }
        return new ClosureRow(null, roomId, from, to, reason);
    }

    private List<RoomView> views(List<RoomRow> rows) {
        Map<Long, List<ClosureRow>> closures = mapper
                .closures(rows.stream().map(RoomRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(ClosureRow::roomId));
        return rows.stream()
                .map(r -> new RoomView(
                        r.id(),
                        r.officeCode(),
                        r.name(),
                        r.capacity(),
                        r.video(),
                        r.recording(),
                        HearingFields.hhmm(r.opensMinute()),
                        HearingFields.hhmm(r.closesMinute()),
                        r.active(),
                        closures.getOrDefault(r.id(), List.of()).stream()
                                .map(c -> new RoomView.Closure(c.fromDay(), c.toDay(), c.reason()))
                                .toList(),
                        r.version()))
                .toList();
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("HEARING_ADMIN", "只有系统管理员可以维护审理室和人员不可用时间");
        }
    }
}
