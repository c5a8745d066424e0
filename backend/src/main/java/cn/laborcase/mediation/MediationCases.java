package cn.laborcase.mediation;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineOwner;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.calendar.Deadlines;
import cn.laborcase.calendar.OpenDeadline;
import cn.laborcase.cases.CaseNumbers;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.cases.ClaimType;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.intake.ComplaintCategory;
import cn.laborcase.intake.ComplaintReferredToDispute;
import cn.laborcase.intake.Complaints;
import cn.laborcase.intake.ReferralTarget;
import cn.laborcase.intake.ReferredComplaint;
import cn.laborcase.mediation.persistence.ClaimRow;
import cn.laborcase.mediation.persistence.MediationCaseMapper;
import cn.laborcase.mediation.persistence.MediationCaseRow;
import cn.laborcase.mediation.persistence.PartyRow;
import cn.laborcase.mediation.process.MediationProcess;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.CaseRef;
import cn.laborcase.shared.CaseType;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.IdCardNumber;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.NotFoundException;
import cn.laborcase.shared.PhoneNumber;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mediation cases come in two ways: a mediator registers an application, or the intake refers a complaint (a labor
 * dispute, 劳动保障监察条例 §21) and the case waits, pre-filled, for a mediator to register it without retyping. At
 * registration the case gets its number, the 15 days of 调解仲裁法 §14 begin (deadline rule MEDIATION, counted from the
 * application) and the process {@code mediation} starts with its timer at their end.
 */
@Service
public class MediationCases {

    private static final Logger log = LoggerFactory.getLogger(MediationCases.class);

    /** The case-number series (laborcase.case-numbers.patterns.MEDIATION). */
    public static final String SERIES = "MEDIATION";
    /** The deadline rule (laborcase.deadlines.rules): 15 calendar days, 调解仲裁法 §14. */
    public static final String DEADLINE_RULE = "MEDIATION";

    private final MediationCaseMapper mapper;
    private final MediationScope scope;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final Deadlines deadlines;
    private final AuditJournal audit;
    private final EmployerRegistry employers;
    private final Complaints complaints;
    private final OrganizationDirectory directory;
    private final ProcessStarter starter;
    private final String referralOffice;

    MediationCases(
            MediationCaseMapper mapper,
            MediationScope scope,
            CaseNumbers numbers,
            CaseTimeline timeline,
            Deadlines deadlines,
            AuditJournal audit,
            EmployerRegistry employers,
            Complaints complaints,
            OrganizationDirectory directory,
            ProcessStarter starter,
            @Value("${laborcase.mediation.referral-office:A1}") String referralOffice) {
        this.mapper = mapper;
        this.scope = scope;
        this.numbers = numbers;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.audit = audit;
        this.employers = employers;
        this.complaints = complaints;
        this.directory = directory;
        this.starter = starter;
        this.referralOffice = referralOffice;
    }

    /** The case as the kernel names it. */
    public static CaseRef ref(long id) {
        return CaseRef.of(CaseType.MEDIATION, id);
    }

    /** The case's id from its process's business key ({@code MEDIATION:7}); empty for any other key. */
    public static Optional<Long> caseId(String businessKey) {
        return CaseRef.parse(businessKey)
                .filter(r -> r.type() == CaseType.MEDIATION)
                .map(CaseRef::id);
    }

    /**
     * A mediator registers an application in his office: 400 naming each wrong field before anything is written; the
     * same {@code key} and request again gets the first answer (a double click), another request under it a 409.
     */
    @Transactional
    public RegisteredMediation register(CurrentUser user, String key, RegisterMediationRequest request) {
        if (!user.has(Role.MEDIATOR)) {
            throw new ForbiddenException("MEDIATION_REGISTER", "只有调解员可以登记调解申请");
        }
        checkKey(key);
        LocalDate today = BeijingTime.dateOf(timeline.now());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate appliedOn = request.appliedOn() == null ? today : request.appliedOn();
        if (appliedOn.isAfter(today)) {
            problems.add(new FieldProblem("appliedOn", "PastOrPresent", "申请日期不能晚于今天"));
        }
        MediationValidation.applicants(request.applicants(), today, true, problems);
        MediationValidation.respondent(request.respondent(), problems);
        MediationValidation.claims("claims", request.claims(), true, problems);
        MediationValidation.required(MediationValidation.FACTS, "facts", request.facts(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String hash = key == null ? null : hash(request.toString());
        if (key != null) {
            Optional<MediationCaseRow> earlier = mapper.findByRequest(user.username(), key);
            if (earlier.isPresent()) {
                if (!hash.equals(earlier.get().requestHash())) {
                    throw new ConflictException("IDEMPOTENCY_KEY_REUSED", "该幂等键（Idempotency-Key）已用于另一份不同内容的登记，请使用新的键");
                }
                return answer(earlier.get().id());
            }
        }
        Instant now = timeline.now();
        GeneratedKey generated = new GeneratedKey();
        mapper.insert(
                new MediationCaseRow(
                        null,
                        null,
                        user.officeCode(),
                        MediationStatus.REFERRED.name(),
                        null,
                        null,
                        MediationValidation.text(request.facts()),
                        null,
                        null,
                        null,
                        null,
                        user.username(),
                        null,
                        key,
                        hash,
                        null,
                        null,
                        null,
                        null,
                        now,
                        0),
                generated);
        long id = generated.getId();
        writeApplicants(id, request.applicants());
        RespondentRequest r = request.respondent();
        String creditCode = r.creditCode().strip().toUpperCase();
        Long employerId =
                employers.find(new CreditCode(creditCode)).map(e -> e.id()).orElse(null);
        mapper.insertParty(new PartyRow(
                id,
                PartyRole.RESPONDENT.name(),
                1,
                r.name().strip(),
                null,
                null,
                MediationValidation.text(r.address()),
                creditCode,
                employerId));
        writeClaims(id, request.claims());
        return registerCase(mapper.findById(id).orElseThrow(), appliedOn, user.username(), "登记调解申请");
    }

    /**
     * A mediator of the case's office registers a case the intake referred: the parties and claims stay as pre-filled
     * unless the request replaces them; a case without an applicant (a referred report) needs them here.
     */
    @Transactional
    public RegisteredMediation registerReferred(CurrentUser user, long id, RegisterReferredRequest request) {
        MediationCaseRow row = mapper.lockById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
        scope.requireVisible(user, row);
        if (!user.has(Role.MEDIATOR)) {
            throw new ForbiddenException("MEDIATION_REGISTER", "只有调解员可以登记调解申请");
        }
        MediationCase.of(row).require(MediationStatus.REFERRED, "登记");
        LocalDate today = BeijingTime.dateOf(timeline.now());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate appliedOn = request.appliedOn() == null ? today : request.appliedOn();
        if (appliedOn.isAfter(today)) {
            problems.add(new FieldProblem("appliedOn", "PastOrPresent", "申请日期不能晚于今天"));
        }
        boolean hasApplicants =
                mapper.findParties(id).stream().anyMatch(p -> p.role().equals(PartyRole.APPLICANT.name()));
        MediationValidation.applicants(request.applicants(), today, !hasApplicants, problems);
        MediationValidation.claims("claims", request.claims(), false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!request.applicants().isEmpty()) {
            mapper.deleteParties(id, PartyRole.APPLICANT.name());
            writeApplicants(id, request.applicants());
        }
        if (!request.claims().isEmpty()) {
            mapper.deleteClaims(id);
            writeClaims(id, request.claims());
        }
        return registerCase(row, appliedOn, user.username(), "登记移送的调解申请（投诉 " + row.complaintNumber() + "）");
    }

    /**
     * A complaint the intake referred to mediation becomes a case waiting for a mediator in the referral office
     * ({@code laborcase.mediation.referral-office}), pre-filled: the complainants as applicants (never a reporter), the
     * employer as respondent, the facts and the amount as a claim item. Once per complaint (a redelivered event finds
     * the case); nothing for a referral to arbitration or an unknown complaint.
     */
    @Transactional
    public Optional<Long> openFromReferral(ComplaintReferredToDispute referred) {
        if (referred.target() != ReferralTarget.MEDIATION) {
            return Optional.empty();
        }
        Optional<MediationCaseRow> existing = mapper.findByComplaint(referred.complaintId());
        if (existing.isPresent()) {
            return Optional.of(existing.get().id());
        }
        Optional<ReferredComplaint> found = complaints.referredForDispute(referred.complaintId());
        if (found.isEmpty()) {
            log.warn(
                    "ComplaintReferredToDispute for complaint {} not referred to mediation: no case",
                    referred.complaintId());
            return Optional.empty();
        }
        ReferredComplaint c = found.get();
        String facts = c.description() + (c.claims() == null || c.claims().isBlank() ? "" : "\n投诉请求：" + c.claims());
        GeneratedKey generated = new GeneratedKey();
        mapper.insert(
                new MediationCaseRow(
                        null,
                        null,
                        referralOffice,
                        MediationStatus.REFERRED.name(),
                        null,
                        null,
                        facts.length() > 4000 ? facts.substring(0, 4000) : facts,
                        c.id(),
                        c.number(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        timeline.now(),
                        0),
                generated);
        long id = generated.getId();
        int position = 1;
        for (ReferredComplaint.Complainant p : c.complainants()) {
            mapper.insertParty(new PartyRow(
                    id,
                    PartyRole.APPLICANT.name(),
                    position++,
                    p.name(),
                    p.idNumber(),
                    p.phone(),
                    p.address(),
                    null,
                    null));
        }
        mapper.insertParty(new PartyRow(
                id,
                PartyRole.RESPONDENT.name(),
                1,
                c.employer().name(),
                null,
                null,
                c.employer().address(),
                c.employer().creditCode(),
                c.employer().id()));
        String claim = c.claims() == null || c.claims().isBlank() ? c.category().label() : c.claims();
        mapper.insertClaim(new ClaimRow(
                id,
                1,
                claimTypeOf(c.category()).name(),
                c.amountOwed(),
                claim.length() > 1000 ? claim.substring(0, 1000) : claim));
        timeline.record(
                ref(id),
                MediationStep.REFERRED.name(),
                MediationStep.REFERRED.label(),
                CaseTimeline.SYSTEM,
                "投诉 " + c.number() + " 属劳动争议，监察机构告知/移送调解（《劳动保障监察条例》第二十一条）"
                        + (c.complainants().isEmpty() ? "；举报件，申请人待登记时填写" : "") + "，待调解员登记");
        return Optional.of(id);
    }

    /**
     * What the arbitration application carries over from a mediation that ended without agreement (调解仲裁法 §14:
     * the parties may apply for arbitration): applicants, respondent, claims and the mediation's number. For the
     * arbitration track, which checks its user's rights on the mediation case first ({@link MediationQueries#get}).
     */
    @Transactional(readOnly = true)
    public ArbitrationPrefill arbitrationPrefill(long id) {
        MediationCaseRow row = mapper.findById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
        List<PartyRow> parties = mapper.findParties(id);
        List<ArbitrationPrefill.Applicant> applicants = parties.stream()
                .filter(p -> p.role().equals(PartyRole.APPLICANT.name()))
                .map(p -> new ArbitrationPrefill.Applicant(p.name(), p.idNumber(), p.phone(), p.address()))
                .toList();
        ArbitrationPrefill.Respondent respondent = parties.stream()
                .filter(p -> p.role().equals(PartyRole.RESPONDENT.name()))
                .findFirst()
                .map(p -> new ArbitrationPrefill.Respondent(p.creditCode(), p.name(), p.address()))
                .orElse(null);
        List<ArbitrationPrefill.Claim> claims = mapper.findClaims(id).stream()
                .map(c -> new ArbitrationPrefill.Claim(ClaimType.valueOf(c.claimType()), c.amount(), c.description()))
                .toList();
        return new ArbitrationPrefill(
                row.id(),
                row.caseNumber(),
                MediationStatus.valueOf(row.status()),
                row.endedOn(),
                applicants,
                respondent,
                claims);
    }

    private RegisteredMediation registerCase(MediationCaseRow row, LocalDate appliedOn, String mediator, String what) {
        long id = row.id();
        Instant now = timeline.now();
        int year = BeijingTime.dateOf(now).getYear();
        String number = numbers.format(
                SERIES, shortNameOf(row.officeCode()), year, numbers.next(SERIES, row.officeCode(), year), Map.of());
        DeadlineView deadline = deadlines.open(new OpenDeadline(DEADLINE_RULE, appliedOn, new DeadlineOwner(ref(id))));
        if (mapper.register(
                        id,
                        MediationStatus.REFERRED.name(),
                        number,
                        appliedOn,
                        mediator,
                        deadline.id().value(),
                        mediator,
                        now)
                == 0) {
            throw ConflictException.concurrentEdit("调解案件 " + id);
        }
        timeline.record(
                ref(id),
                MediationStep.REGISTERED.name(),
                MediationStep.REGISTERED.label(),
                mediator,
                what + "，编号 " + number + "；申请日期 " + appliedOn + "，" + deadline.dueDate() + " 前未达成调解协议的，当事人可以依法申请仲裁（"
                        + deadline.legalBasis() + "）");
        audit.recordAs(mediator, "MEDIATION_REGISTERED", ref(id), "登记调解案件 " + number, null, "REGISTERED");
        String pid = starter.start(
                MediationProcess.KEY,
                ref(id).key(),
                new CaseContext(number + " 劳动争议调解", row.officeCode(), null),
                Map.of(
                        MediationProcess.CASE_ID,
                        id,
                        MediationProcess.DEADLINE_ID,
                        deadline.id().value(),
                        MediationProcess.MEDIATOR,
                        mediator));
        mapper.setProcess(id, pid);
        deadlines.link(deadline.id(), pid, Set.of(MediationProcess.TIMER_DUE, MediationProcess.TASK_MEDIATE));
        return new RegisteredMediation(id, number, MediationStatus.REGISTERED, appliedOn, deadline.dueDate());
    }

    private RegisteredMediation answer(long id) {
        MediationCaseRow row = mapper.findById(id).orElseThrow();
        LocalDate due = row.deadlineId() == null
                ? null
                : deadlines
                        .get(new cn.laborcase.calendar.DeadlineId(row.deadlineId()))
                        .dueDate();
        return new RegisteredMediation(
                id, row.caseNumber(), MediationStatus.valueOf(row.status()), row.appliedOn(), due);
    }

    /**
     * The case's mediator corrects the applicants' contact data and the claims while mediating: 404 outside the scope,
     * 403 for anyone but the case's mediator, 409 unless 调解中, 400 naming each field, 409 when the version she read is
     * no longer the case's (two corrections at once: one wins). The timeline says what changed.
     */
    @Transactional
    public void correct(CurrentUser user, long id, CorrectionRequest request) {
        MediationCaseRow row = mapper.lockById(id).orElseThrow(() -> new NotFoundException("调解案件", id));
        scope.requireVisible(user, row);
        if (!scope.isMediator(user, row)) {
            throw new ForbiddenException("MEDIATION_MEDIATOR", "只有本案调解员可以更正");
        }
        MediationCase.of(row).require(MediationStatus.REGISTERED, "更正当事人信息和调解请求");
        LocalDate today = BeijingTime.dateOf(timeline.now());
        List<FieldProblem> problems = new ArrayList<>();
        if (request.version() == null) {
            problems.add(new FieldProblem("version", "NotNull", "缺少案件版本号，请刷新页面后重试"));
        }
        if (request.applicants().isEmpty() && request.claims().isEmpty()) {
            problems.add(new FieldProblem("applicants", "NotEmpty", "请填写要更正的申请人或调解请求"));
        }
        MediationValidation.applicants(request.applicants(), today, false, problems);
        MediationValidation.claims("claims", request.claims(), false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (mapper.touch(id, request.version(), MediationStatus.REGISTERED.name()) == 0) {
            throw ConflictException.concurrentEdit("调解案件 " + row.caseNumber());
        }
        List<String> changed = new ArrayList<>();
        if (!request.applicants().isEmpty()) {
            long before = mapper.findParties(id).stream()
                    .filter(p -> p.role().equals(PartyRole.APPLICANT.name()))
                    .count();
            mapper.deleteParties(id, PartyRole.APPLICANT.name());
            writeApplicants(id, request.applicants());
            changed.add("申请人 " + before + " 人 → " + request.applicants().size() + " 人（"
                    + request.applicants().stream()
                            .map(p -> p.name().strip())
                            .collect(java.util.stream.Collectors.joining("、"))
                    + "）");
        }
        if (!request.claims().isEmpty()) {
            int before = mapper.findClaims(id).size();
            mapper.deleteClaims(id);
            writeClaims(id, request.claims());
            changed.add("调解请求 " + before + " 项 → " + request.claims().size() + " 项");
        }
        timeline.record(
                ref(id),
                MediationStep.CORRECTED.name(),
                MediationStep.CORRECTED.label(),
                user.username(),
                String.join("；", changed));
        audit.recordAs(
                user.username(),
                "MEDIATION_CORRECTED",
                ref(id),
                row.caseNumber() + " 更正：" + String.join("；", changed),
                null,
                null);
    }

    private void writeApplicants(long id, List<PartyRequest> applicants) {
        int position = 1;
        for (PartyRequest p : applicants) {
            mapper.insertParty(new PartyRow(
                    id,
                    PartyRole.APPLICANT.name(),
                    position++,
                    p.name().strip(),
                    IdCardNumber.normalize(p.idNumber()),
                    MediationValidation.blank(p.phone()) ? null : PhoneNumber.normalize(p.phone()),
                    MediationValidation.text(p.address()),
                    null,
                    null));
        }
    }

    private void writeClaims(long id, List<ClaimRequest> claims) {
        int position = 1;
        for (ClaimRequest c : claims) {
            mapper.insertClaim(new ClaimRow(
                    id,
                    position++,
                    MediationValidation.claimType(c.type()).name(),
                    c.amount() == null ? null : c.amount().setScale(2),
                    MediationValidation.text(c.description())));
        }
    }

    /** The claim kind a complaint's category most likely is; the mediator changes it at registration if not. */
    static ClaimType claimTypeOf(ComplaintCategory category) {
        return switch (category) {
            case WAGE_ARREARS -> ClaimType.WAGES;
            case DISMISSAL_DISPUTE -> ClaimType.SEVERANCE;
            case SOCIAL_INSURANCE -> ClaimType.SOCIAL_INSURANCE;
            case WORKING_HOURS -> ClaimType.WORKING_HOURS;
            default -> ClaimType.OTHER;
        };
    }

    private String shortNameOf(String officeCode) {
        return directory.offices().stream()
                .filter(o -> o.code().equals(officeCode))
                .map(Office::shortName)
                .findFirst()
                .orElse(officeCode);
    }

    static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("Idempotency-Key", "Invalid", "幂等键须为 1 至 100 个可见 ASCII 字符")));
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
