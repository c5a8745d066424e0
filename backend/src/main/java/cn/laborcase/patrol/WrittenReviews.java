package cn.laborcase.patrol;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseEvents;
import cn.laborcase.organization.OrganizationNames;
import cn.laborcase.organization.Role;
import cn.laborcase.patrol.persistence.PatrolMapper;
import cn.laborcase.patrol.persistence.PatrolRows.GridRow;
import cn.laborcase.patrol.persistence.WrittenReviewMapper;
import cn.laborcase.patrol.persistence.WrittenReviewMapper.CampaignRow;
import cn.laborcase.patrol.persistence.WrittenReviewMapper.ReviewRow;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import cn.laborcase.security.ScopeTarget;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PrintableText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 书面审查 (annual written review): a leader or an administrator opens a campaign for a year and a set of grids of one
 * office; every employer of those grids gets a review. The grid's inspectors record what the employer submitted on
 * paper and when, then review it: an on-site check or not, a proposed integrity grade, a note, and — for a violation —
 * a case (RoutineFindingReported for the inspection track).
 */
@Service
public class WrittenReviews {

    private static final PrintableText MATERIALS = PrintableText.multiline("报送材料", 2000);
    private static final PrintableText NOTE = PrintableText.multiline("审查意见", 2000);

    private final WrittenReviewMapper mapper;
    private final PatrolMapper grids;
    private final DataScope scope;
    private final AuditJournal audit;
    private final CaseEvents events;
    private final OrganizationNames names;
    private final Clock clock;

    WrittenReviews(
            WrittenReviewMapper mapper,
            PatrolMapper grids,
            DataScope scope,
            AuditJournal audit,
            CaseEvents events,
            OrganizationNames names,
            Clock clock) {
        this.mapper = mapper;
        this.grids = grids;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
        this.names = names;
        this.clock = clock;
    }

    /** Opens a campaign (leaders of the grids' office, administrators); a grid already reviewed that year: 409. */
    @Transactional
    public CampaignView open(CurrentUser user, String year, List<String> gridCodes) {
        if (!user.isAdmin() && !user.isLeader()) {
            throw new ForbiddenException("NotLeader", "只有负责人或系统管理员可以开展书面审查");
        }
        List<FieldProblem> problems = new ArrayList<>();
        int y = 0;
        try {
            y = Integer.parseInt(year == null ? "" : year.strip());
            if (y < 2000 || y > BeijingTime.today(clock).getYear() + 1) {
                problems.add(new FieldProblem("year", "Range", "审查年度不正确"));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("year", "Format", "请填写审查年度（如 2026）"));
        }
        Set<String> codes = new LinkedHashSet<>(gridCodes == null ? List.of() : gridCodes);
        codes.removeIf(c -> c == null || c.isBlank());
        List<GridRow> chosen = new ArrayList<>();
        for (String code : codes) {
            GridRow grid = grids.findGrid(code.strip())
                    .filter(g -> user.isAdmin() || user.officeCodes().contains(g.officeCode()))
                    .orElse(null);
            if (grid == null) {
                problems.add(new FieldProblem("grids", "Unknown", "所选网格不存在或不属于本机构"));
            } else {
                chosen.add(grid);
            }
        }
        if (codes.isEmpty()) {
            problems.add(new FieldProblem("grids", "Required", "请至少选择一个网格"));
        } else if (chosen.stream().map(GridRow::officeCode).distinct().count() > 1) {
            problems.add(new FieldProblem("grids", "Offices", "一次书面审查只能选择同一机构的网格"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> taken =
                mapper.gridsInYear(y, chosen.stream().map(GridRow::code).toList());
        if (!taken.isEmpty()) {
            throw new ConflictException(
                    "GridReviewed",
                    String.join("、", taken.stream().map(names::grid).toList()) + "已在" + y + "年度的书面审查中");
        }
        String office = chosen.get(0).officeCode();
        String title = y + "年度书面审查（" + names.office(office) + "）";
        GeneratedKey key = new GeneratedKey();
        mapper.insertCampaign(office, y, title, user.username(), Instant.now(clock), key);
        int employers = 0;
        for (GridRow g : chosen) {
            mapper.insertGrid(key.getId(), g.code());
            employers += mapper.insertReviewsOfGrid(key.getId(), g.code());
        }
        audit.record(
                "WRITTEN_REVIEW_CAMPAIGN_OPENED",
                "WRITTEN_REVIEW_CAMPAIGN",
                key.getId(),
                "开展" + title + "：网格 " + chosen.size() + " 个，用人单位 " + employers + " 户");
        return campaign(user, key.getId(), null, null);
    }

    /** The campaigns the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> campaigns(CurrentUser user) {
        return mapper.campaigns().stream()
                .filter(c -> mayOpen(user, c))
                .map(this::summary)
                .toList();
    }

    /** A campaign with its employers' reviews; filters {@code yes}/{@code no} on submitted and reviewed. */
    @Transactional(readOnly = true)
    public CampaignView campaign(CurrentUser user, long id, String submitted, String reviewed) {
        CampaignRow c = mapper.findCampaign(id)
                .filter(row -> mayOpen(user, row))
                .orElseThrow(() -> new NotFoundException("书面审查", id));
        List<ReviewView> reviews = mapper.reviews(id, flag("submitted", submitted), flag("reviewed", reviewed)).stream()
                .filter(r -> user.isAdmin() || user.isLeader() || scope.canSee(user, target(r)))
                .map(this::view)
                .toList();
        return new CampaignView(
                summary(c), mapper.gridsOf(id).stream().map(names::grid).toList(), reviews, submitted, reviewed);
    }

    @Transactional(readOnly = true)
    public ReviewView review(CurrentUser user, long reviewId) {
        return view(visible(user, reviewId));
    }

    /** Records what the employer submitted on paper and when (the grid's inspectors and assistants). */
    @Transactional
    public ReviewView submit(CurrentUser user, long reviewId, String submittedOn, String materials, Integer version) {
        ReviewRow r = visible(user, reviewId);
        if (!ofGrid(user, r, true)) {
            throw new ForbiddenException("NotGrid", "只有该网格的监察员或协管员可以登记报送材料");
        }
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate on = date("submittedOn", "报送日期", submittedOn, problems);
        String text = PrintableText.normalizeNewlines(materials);
        MATERIALS.problemOf("materials", text).ifPresent(problems::add);
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("materials", "Required", "请填写报送材料"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (r.reviewedAt() != null) {
            throw new ConflictException("Reviewed", r.employerName() + "的书面审查已经完成，不能再修改报送材料");
        }
        if ((version != null && version != r.version())
                || mapper.submit(reviewId, r.version(), on, text.strip()) != 1) {
            throw ConflictException.concurrentEdit("该书面审查记录");
        }
        audit.record("WRITTEN_REVIEW_SUBMITTED", "WRITTEN_REVIEW", reviewId, r.employerName() + "报送书面审查材料");
        return view(mapper.findReview(reviewId).orElseThrow());
    }

    /**
     * Records the review (the grid's inspectors): on-site check or not, the proposed grade (A/B/C), a note; with
     * {@code openCase} a case is asked of the inspection track (the note is its facts).
     */
    @Transactional
    public ReviewView decide(
            CurrentUser user,
            long reviewId,
            boolean onsiteCheck,
            String proposedGrade,
            String note,
            boolean openCase,
            Integer version) {
        ReviewRow r = visible(user, reviewId);
        if (!ofGrid(user, r, false)) {
            throw new ForbiddenException("NotInspector", "只有该网格的监察员可以审查");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String grade = proposedGrade == null ? "" : proposedGrade.strip();
        if (!Set.of("A", "B", "C").contains(grade)) {
            problems.add(new FieldProblem("proposedGrade", "Required", "请选择建议等级（A、B 或 C 级）"));
        }
        String text = PrintableText.normalizeNewlines(note);
        NOTE.problemOf("note", text).ifPresent(problems::add);
        text = text == null || text.isBlank() ? null : text.strip();
        if (openCase && text == null) {
            problems.add(new FieldProblem("note", "Required", "立案查处须填写审查意见（作为案情摘要）"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (r.submittedOn() == null) {
            throw new ConflictException("NotSubmitted", r.employerName() + "尚未报送材料，不能审查");
        }
        if (r.reviewedAt() != null) {
            throw new ConflictException("Reviewed", r.employerName() + "的书面审查已经完成");
        }
        Instant now = Instant.now(clock);
        if ((version != null && version != r.version())
                || mapper.review(reviewId, r.version(), user.username(), now, onsiteCheck, grade, text, openCase)
                        != 1) {
            throw ConflictException.concurrentEdit("该书面审查记录");
        }
        String label = r.reviewYear() + "年度书面审查 " + r.employerName();
        audit.record(
                "WRITTEN_REVIEW_REVIEWED",
                "WRITTEN_REVIEW",
                reviewId,
                label + "：建议" + grade + "级" + (openCase ? "，立案查处" : ""));
        if (openCase) {
            events.publish(
                    new RoutineFindingReported(
                            RoutineFindingReported.WRITTEN_REVIEW,
                            reviewId,
                            label,
                            r.employerId(),
                            r.officeCode(),
                            r.gridCode(),
                            List.of(user.username()),
                            text,
                            List.of(),
                            null,
                            0,
                            user.username(),
                            now),
                    RoutineFindingReported.INSPECTION_LISTENER);
        }
        return view(mapper.findReview(reviewId).orElseThrow());
    }

    /** The employer's written reviews the viewer may see (the employer page's section). */
    @Transactional(readOnly = true)
    public List<ReviewView> ofEmployer(CurrentUser user, long employerId, int limit) {
        return mapper.reviewsOfEmployer(employerId, limit).stream()
                .filter(r -> scope.canSee(user, target(r)))
                .map(this::view)
                .toList();
    }

    /** The grids a user may open a campaign for (the new-campaign form). */
    @Transactional(readOnly = true)
    public List<GridOption> gridsToChoose(CurrentUser user) {
        return grids.activeGrids().stream()
                .filter(g ->
                        user.isAdmin() || (user.isLeader() && user.officeCodes().contains(g.officeCode())))
                .map(g -> new GridOption(g.code(), g.officeName() + " · " + g.name()))
                .toList();
    }

    private ReviewRow visible(CurrentUser user, long id) {
        return mapper.findReview(id)
                .filter(r -> scope.canSee(user, target(r)))
                .orElseThrow(() -> new NotFoundException("书面审查记录", id));
    }

    private boolean mayOpen(CurrentUser user, CampaignRow c) {
        if (user.isAdmin() || (user.isLeader() && user.officeCodes().contains(c.officeCode()))) {
            return true;
        }
        return (user.has(Role.INSPECTOR) || user.has(Role.GRID_ASSISTANT))
                && mapper.gridsOf(c.id()).stream().anyMatch(user.gridCodes()::contains);
    }

    private static boolean ofGrid(CurrentUser user, ReviewRow r, boolean assistantsToo) {
        return user.gridCodes().contains(r.gridCode())
                && (user.has(Role.INSPECTOR) || (assistantsToo && user.has(Role.GRID_ASSISTANT)));
    }

    private static ScopeTarget target(ReviewRow r) {
        return new ScopeTarget(r.officeCode(), r.gridCode(), Set.of());
    }

    private static Boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> throw new InvalidInputException(field, "Unknown", "筛选条件不正确");
        };
    }

    private LocalDate date(String field, String label, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "Required", "请填写" + label));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.isAfter(BeijingTime.today(clock))) {
                problems.add(new FieldProblem(field, "Future", label + "不能晚于今天"));
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Format", label + "格式不正确"));
            return null;
        }
    }

    private CampaignSummary summary(CampaignRow c) {
        return new CampaignSummary(
                c.id(),
                c.title(),
                c.reviewYear(),
                names.office(c.officeCode()),
                names.staff(c.openedBy()),
                c.openedAt(),
                c.total(),
                c.submitted(),
                c.reviewed());
    }

    private ReviewView view(ReviewRow r) {
        return new ReviewView(
                r.id(),
                r.campaignId(),
                r.reviewYear() + "年度书面审查",
                r.employerId(),
                r.employerName(),
                r.currentGrade(),
                names.grid(r.gridCode()),
                r.submittedOn(),
                r.materials(),
                r.reviewedBy() == null ? null : names.staff(r.reviewedBy()),
                r.reviewedAt(),
                r.onsiteCheck(),
                r.proposedGrade(),
                r.note(),
                r.caseOpened(),
                r.version());
    }

    /** A campaign in lists, with its progress. */
    public record CampaignSummary(
            long id,
            String title,
            int year,
            String officeName,
            String openedByName,
            Instant openedAt,
            long total,
            long submitted,
            long reviewed) {}

    /** A campaign with its reviews, as filtered. */
    public record CampaignView(
            CampaignSummary campaign,
            List<String> gridNames,
            List<ReviewView> reviews,
            String submitted,
            String reviewed) {}

    /** One employer's written review. */
    public record ReviewView(
            long id,
            long campaignId,
            String label,
            long employerId,
            String employerName,
            String currentGrade,
            String gridName,
            LocalDate submittedOn,
            String materials,
            String reviewedByName,
            Instant reviewedAt,
            boolean onsiteCheck,
            String proposedGrade,
            String note,
            boolean caseOpened,
            int version) {

        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    /** The campaign list page: the campaigns the user may see and the grids he may open one for. */
    @Transactional(readOnly = true)
    public ListPage listPage(CurrentUser user) {
        return new ListPage(
                campaigns(user), gridsToChoose(user), BeijingTime.today(clock).getYear());
    }

    /** What the campaign list page shows. */
    public record ListPage(List<CampaignSummary> campaigns, List<GridOption> grids, int currentYear) {}

    /** A grid to choose for a campaign. */
    public record GridOption(String code, String label) {}
}
