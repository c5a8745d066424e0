package cn.laborcase.arbitration;

import cn.laborcase.arbitration.persistence.ArbitrationCaseRow;
import cn.laborcase.arbitration.persistence.ArbitrationMapper;
import cn.laborcase.arbitration.persistence.ClaimRow;
import cn.laborcase.arbitration.persistence.PartyRow;
import cn.laborcase.arbitration.process.ArbitrationProcess;
import cn.laborcase.audit.AuditJournal;
import cn.laborcase.calendar.DeadlineView;
import cn.laborcase.cases.CaseNumbers;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.cases.ClaimType;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.employer.CreditCode;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.workflow.CaseContext;
import cn.laborcase.workflow.ProcessStarter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registration of an application for arbitration (仲裁申请) by the committee's 立案窗口: validated field by field,
 * stored with its parties and claims (each with the finality signal), the acceptance period opened (5 working days
 * from receipt, 调解仲裁法 §29), the process started and the 收件回执 issued, all in one transaction. A second submit
 * with the same key (a double click, a retry) answers the first registration and writes nothing.
 */
@Service
public class ArbitrationRegistration {

    /** The receipt-number series (laborcase.case-numbers.patterns.ARBITRATION_RECEIPT). */
    static final String RECEIPT_SERIES = "ARBITRATION_RECEIPT";

    static final int MAX_KEY_LENGTH = 100;

    private final ArbitrationMapper mapper;
    private final EmployerRegistry employers;
    private final ArbitrationSettings settings;
    private final ClaimFinality finality;
    private final ArbitrationDeadlines deadlines;
    private final ArbitrationDocuments documents;
    private final Documents documentStore;
    private final CaseNumbers numbers;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final OrganizationDirectory directory;
    private final ProcessStarter starter;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    ArbitrationRegistration(
            ArbitrationMapper mapper,
            ArbitrationSettings settings,
            ClaimFinality finality,
            ArbitrationDeadlines deadlines,
            ArbitrationDocuments documents,
            Documents documentStore,
            CaseNumbers numbers,
            CaseTimeline timeline,
            AuditJournal audit,
            OrganizationDirectory directory,
            ProcessStarter starter,
            PlatformTransactionManager transactions,
            EmployerRegistry employers) {
        this.employers = employers;
        this.mapper = mapper;
        this.settings = settings;
        this.finality = finality;
        this.deadlines = deadlines;
        this.documents = documents;
        this.documentStore = documentStore;
        this.numbers = numbers;
        this.timeline = timeline;
        this.audit = audit;
        this.directory = directory;
        this.starter = starter;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Registers the application for the user's committee: 403 for anyone but its 立案窗口 (and director), 400 naming
     * every wrong field before anything is written.
     *
     * @param idempotencyKey the sender's key (the form's hidden field, the API's {@code Idempotency-Key}), or null
     */
    public RegisteredApplication register(CurrentUser user, RegisterApplicationRequest request, String idempotencyKey) {
        checkKey(idempotencyKey);
        Office office = committeeOf(user);
        String hash = hash(request);
        if (idempotencyKey != null) {
            Optional<RegisteredApplication> earlier = readOnly.execute(s -> earlier(user, idempotencyKey, hash));
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return transaction.execute(s -> create(user, office, request, idempotencyKey, hash));
        } catch (DuplicateKeyException sameKeyAtOnce) {
            if (idempotencyKey == null) {
                throw sameKeyAtOnce;
            }
            // the other submit with this key committed first: answer it
            return readOnly.execute(s -> earlier(user, idempotencyKey, hash)).orElseThrow(() -> sameKeyAtOnce);
        }
    }

    Office committeeOf(CurrentUser user) {
        Office office = directory.offices().stream()
                .filter(o -> o.code().equals(user.officeCode()))
                .findFirst()
                .orElse(null);
        boolean may = office != null
                && office.kind() == OfficeKind.ARBITRATION
                && (user.has(Role.INTAKE_CLERK) || user.has(Role.COMMITTEE_DIRECTOR));
        if (!may) {
            throw new ForbiddenException("ARBITRATION_REGISTER", "只有劳动人事争议仲裁委员会的立案窗口可以登记仲裁申请");
        }
        return office;
    }

    private Optional<RegisteredApplication> earlier(CurrentUser user, String key, String hash) {
        return mapper.findByIdempotencyKey(user.username(), key).map(row -> {
            if (!hash.equals(row.requestHash())) {
                throw new ConflictException("IDEMPOTENCY_KEY_REUSED", "该幂等键（Idempotency-Key）已用于另一份不同内容的仲裁申请登记，请使用新的键");
            }
            return answer(row);
        });
    }

    private RegisteredApplication create(
            CurrentUser user, Office office, RegisterApplicationRequest request, String key, String hash) {
        Instant now = timeline.now();
        List<FieldProblem> problems = new ArrayList<>();
        MinimumWages wages = settings.wages();
        ApplicationValidation.Valid v = ApplicationValidation.check(
                request,
                now,
                BeijingTime.dateOf(now),
                office.regionName(),
                wages,
                settings.collectiveThreshold(),
                problems);
        registeredNames(v.respondents(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate receivedOn = BeijingTime.dateOf(v.receivedAt());
        int year = receivedOn.getYear();
        int seq = numbers.next(RECEIPT_SERIES, office.code(), year);
        String receiptNumber = numbers.format(RECEIPT_SERIES, office.shortName(), year, seq, Map.of());
        GeneratedKey generated = new GeneratedKey();
        mapper.insert(
                new ArbitrationCaseRow(
                        null,
                        office.code(),
                        receiptNumber,
                        null,
                        ArbitrationStatus.RECEIVED.name(),
                        v.channel().name(),
                        v.receivedAt(),
                        v.locality(),
                        v.collective(),
                        user.username(),
                        key,
                        hash,
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
                        now,
                        0),
                generated);
        long id = generated.getId();
        insertParties(id, v.applicants());
        insertParties(id, v.respondents());
        insertParties(id, v.agents());
        for (int i = 0; i < v.claims().size(); i++) {
            ApplicationValidation.Claim c = v.claims().get(i);
            ClaimFinality.Decision d = finality.decide(c.type(), c.amount(), v.locality(), receivedOn);
            mapper.insertClaim(
                    new ClaimRow(id, i, c.type().name(), c.amount(), c.description(), d.isFinal(), d.rule()));
        }
        DeadlineView due = deadlines.open(ArbitrationDeadlines.ACCEPTANCE, id, receivedOn, null, Set.of());
        String title = receiptNumber + " " + v.applicants().get(0).name()
                + (v.applicants().size() > 1 ? "等" + v.applicants().size() + "人" : "") + "诉"
                + v.respondents().get(0).name();
        Map<String, Object> flags = new HashMap<>();
        flags.put(ArbitrationProcess.CASE_ID, id);
        flags.put(ArbitrationProcess.ACCEPTANCE_DEADLINE_ID, due.id().value());
        flags.put(ArbitrationProcess.COLLECTIVE, v.collective());
        String pid = starter.start(
                ArbitrationProcess.KEY,
                ArbitrationCaseStore.ref(id).key(),
                new CaseContext(title, office.code(), null),
                flags);
        mapper.setProcess(id, pid);
        deadlines.link(due, pid, ArbitrationProcess.ACCEPTANCE_DEADLINE_ELEMENTS);
        ArbitrationCaseRow row = mapper.findById(id).orElseThrow();
        timeline.record(
                ArbitrationCaseStore.ref(id),
                ArbitrationStep.REGISTERED.name(),
                ArbitrationStep.REGISTERED.label(),
                user.username(),
                v.channel().label() + "，申请人 " + v.applicants().size() + " 人"
                        + (v.collective() ? "（集体劳动争议）" : "") + "，仲裁请求 "
                        + v.claims().size()
                        + " 项；受理审查期限 " + due.dueDate());
        audit.recordAs(
                user.username(),
                "ARBITRATION_REGISTERED",
                ArbitrationCaseStore.ref(id),
                "登记仲裁申请 " + receiptNumber,
                null,
                ArbitrationStatus.RECEIVED.label());
        Map<String, String> data = documents.common(row);
        data.put("receiptNumber", receiptNumber);
        data.put(
                "receivedAt",
                v.receivedAt()
                        .atZone(BeijingTime.ZONE)
                        .toLocalDateTime()
                        .withSecond(0)
                        .withNano(0)
                        .toString());
        data.put("channel", v.channel().label());
        data.put("acceptanceDueDate", due.dueDate().toString());
        data.put("clerk", documents.nameOf(user.username()));
        DocumentView receipt = documents.issue(ArbitrationDocumentTypes.RECEIPT, row, data, user.username());
        return answer(row, due.dueDate(), receipt.id());
    }

    private void insertParties(long caseId, List<ApplicationValidation.Party> parties) {
        for (int i = 0; i < parties.size(); i++) {
            ApplicationValidation.Party p = parties.get(i);
            mapper.insertParty(new PartyRow(
                    caseId,
                    p.kind(),
                    i,
                    p.name(),
                    p.idNumber(),
                    p.creditCode(),
                    p.phone(),
                    p.address(),
                    p.representative(),
                    p.authority(),
                    p.actsFor()));
        }
    }

    private RegisteredApplication answer(ArbitrationCaseRow row) {
        LocalDate due = deadlines.all(row.id()).stream()
                .filter(d -> d.ruleCode().equals(ArbitrationDeadlines.ACCEPTANCE))
                .map(DeadlineView::dueDate)
                .findFirst()
                .orElse(null);
        Long receipt = documentStore.listForCase(ArbitrationCaseStore.ref(row.id())).stream()
                .filter(d -> d.typeCode().equals(ArbitrationDocumentTypes.RECEIPT))
                .map(DocumentView::id)
                .findFirst()
                .orElse(null);
        return answer(row, due, receipt);
    }

    private RegisteredApplication answer(ArbitrationCaseRow row, LocalDate acceptanceDue, Long receiptId) {
        ArbitrationStatus status = ArbitrationStatus.valueOf(row.status());
        return new RegisteredApplication(
                row.id(),
                row.receiptNumber(),
                status,
                status.label(),
                row.receivedAt(),
                row.collective(),
                acceptanceDue,
                claimsOf(mapper.claims(row.id())),
                receiptId);
    }

    /**
     * A respondent's credit code that the employer registry knows under another name: the name was mistyped or the
     * code is another company's; the clerk corrects one of them. Not registered: the typed name stands.
     */
    private void registeredNames(List<ApplicationValidation.Party> respondents, List<FieldProblem> problems) {
        for (int i = 0; i < respondents.size(); i++) {
            ApplicationValidation.Party p = respondents.get(i);
            if (p.creditCode() == null || p.name() == null) {
                continue;
            }
            String field = i == 0 ? "respondent.name" : "otherRespondents[" + (i - 1) + "].name";
            employers
                    .find(new CreditCode(p.creditCode()))
                    .filter(e -> !sameName(e.name(), p.name()))
                    .ifPresent(e -> problems.add(new FieldProblem(
                            field,
                            "RegisteredName",
                            "统一社会信用代码 " + p.creditCode() + " 在用人单位名录中登记的名称为「" + e.name() + "」，与填写的「" + p.name()
                                    + "」不一致，请核对单位名称或信用代码")));
        }
    }

    private static boolean sameName(String registered, String typed) {
        return registered
                .strip()
                .replace('(', '（')
                .replace(')', '）')
                .replace(" ", "")
                .equals(typed.strip().replace('(', '（').replace(')', '）').replace(" ", ""));
    }

    static List<ClaimView> claimsOf(List<ClaimRow> rows) {
        return rows.stream()
                .map(c -> new ClaimView(
                        c.claimType(),
                        ClaimType.valueOf(c.claimType()).label(),
                        c.amount(),
                        c.description(),
                        c.finalIfAwarded(),
                        c.finalityRule(),
                        c.origin(),
                        c.counterClaim() ? "反申请请求" : "仲裁请求"))
                .toList();
    }

    private static void checkKey(String key) {
        if (key != null
                && (key.isBlank()
                        || key.length() > MAX_KEY_LENGTH
                        || !key.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new InvalidInputException(List.of(
                    new FieldProblem("Idempotency-Key", "Invalid", "幂等键须为 1 至 " + MAX_KEY_LENGTH + " 个可见 ASCII 字符")));
        }
    }

    /** The request as its record text: every field in order (records define toString by their components). */
    private static String hash(RegisterApplicationRequest request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
