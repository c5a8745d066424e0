package cn.laborcase.emergency;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.cases.CaseTimeline;
import cn.laborcase.documents.DocumentRequest;
import cn.laborcase.documents.DocumentView;
import cn.laborcase.documents.Documents;
import cn.laborcase.emergency.persistence.DepositNoticeRow;
import cn.laborcase.emergency.persistence.IncidentResponseMapper;
import cn.laborcase.emergency.persistence.RepaymentOrderRow;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRegistry;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.organization.Role;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.shared.BeijingTime;
import cn.laborcase.shared.ConflictException;
import cn.laborcase.shared.FieldProblem;
import cn.laborcase.shared.ForbiddenException;
import cn.laborcase.shared.GeneratedKey;
import cn.laborcase.shared.InvalidInputException;
import cn.laborcase.shared.PrintableText;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wage deposit (工资保证金) of an activated incident. 保障农民工工资支付条例 §32: where a construction employer does
 * not pay wages by the deadline of an order to pay (责令限期清偿), the labour administration may use its wage deposit;
 * 工资保证金管理暂行办法: it issues a 工资保证金支付通知书 and the bank pays out of the deposit. So the inspector first
 * records the order (order, deadline and service dates); once the deadline has passed (the deadline day itself still
 * belongs to the employer) with wages still owed, he issues the notice to the bank, for at most what is owed less
 * what earlier notices asked and the bank has not paid yet. What the bank pays is recorded as DEPOSIT payments.
 */
@Service
public class DepositNotices {

    static final PrintableText BANK = PrintableText.singleLine("开户银行", 100);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final WageIncidents incidents;
    private final WageIncidentMapper incidentMapper;
    private final IncidentResponseMapper mapper;
    private final IncidentMoney money;
    private final Documents documents;
    private final EmployerRegistry employers;
    private final CaseTimeline timeline;
    private final AuditJournal audit;
    private final Clock clock;

    DepositNotices(
            WageIncidents incidents,
            WageIncidentMapper incidentMapper,
            IncidentResponseMapper mapper,
            IncidentMoney money,
            Documents documents,
            EmployerRegistry employers,
            CaseTimeline timeline,
            AuditJournal audit,
            Clock clock) {
        this.incidents = incidents;
        this.incidentMapper = incidentMapper;
        this.mapper = mapper;
        this.money = money;
        this.documents = documents;
        this.employers = employers;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** The inspector records the 责令限期清偿 he served; 403 for anyone else, 409 unless the incident is activated. */
    @Transactional
    public long recordOrder(CurrentUser user, long incidentId, RepaymentOrderRequest request) {
        incidents.visible(user, incidentId);
        requireInspector(user);
        LocalDate today = BeijingTime.today(clock);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate ordered = day("orderedOn", "责令日期", request == null ? null : request.orderedOn(), problems);
        LocalDate deadline = day("deadlineOn", "清偿期限", request == null ? null : request.deadlineOn(), problems);
        LocalDate served = day("servedOn", "送达日期", request == null ? null : request.servedOn(), problems);
        if (ordered != null && ordered.isAfter(today)) {
            problems.add(new FieldProblem("orderedOn", "Future", "责令日期不能晚于今天"));
        }
        if (served != null && served.isAfter(today)) {
            problems.add(new FieldProblem("servedOn", "Future", "送达日期不能晚于今天"));
        } else if (served != null && ordered != null && served.isBefore(ordered)) {
            problems.add(new FieldProblem("servedOn", "BeforeOrder", "送达日期不能早于责令日期"));
        }
        if (deadline != null && served != null && deadline.isBefore(served)) {
            problems.add(new FieldProblem("deadlineOn", "BeforeService", "清偿期限不能早于送达日期"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = activated(incidentId);
        GeneratedKey key = new GeneratedKey();
        mapper.insertOrder(
                new RepaymentOrderRow(null, incidentId, ordered, deadline, served, user.username(), timeline.now()),
                key);
        String detail = DAY.format(ordered) + " 责令限期清偿，" + DAY.format(served) + " 送达，期限至 " + DAY.format(deadline);
        timeline.record(
                WageIncidents.ref(incidentId),
                ResponseStep.REPAYMENT_ORDERED.name(),
                ResponseStep.REPAYMENT_ORDERED.label(),
                user.username(),
                detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_REPAYMENT_ORDER",
                WageIncidents.ref(incidentId),
                "责令限期清偿（" + row.incidentNumber() + "）：" + detail,
                null,
                null);
        return key.getId();
    }

    /**
     * The inspector issues the 工资保证金支付通知书 (numbered PDF) to the bank: 409 without an order, before its
     * deadline has passed (naming the date) or when nothing is owed; 400 for an amount above what may be drawn.
     */
    @Transactional
    public DocumentView issueNotice(CurrentUser user, long incidentId, DepositNoticeRequest request) {
        incidents.visible(user, incidentId);
        requireInspector(user);
        List<FieldProblem> problems = new ArrayList<>();
        String bank = text(BANK, "bankName", request == null ? null : request.bankName(), "请填写开户银行", problems);
        String account = account(request == null ? null : request.accountNo(), problems);
        BigDecimal amount = amount(request == null ? null : request.amount(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WageIncidentRow row = activated(incidentId);
        List<RepaymentOrderRow> orders = mapper.findOrders(incidentId);
        if (orders.isEmpty()) {
            throw new ConflictException(
                    "NO_REPAYMENT_ORDER", "欠薪事件 " + row.incidentNumber() + " 尚未登记责令限期清偿，不能出具工资保证金支付通知书");
        }
        RepaymentOrderRow order = orders.get(orders.size() - 1);
        LocalDate today = BeijingTime.today(clock);
        if (!today.isAfter(order.deadlineOn())) {
            throw new ConflictException(
                    "DEADLINE_NOT_PASSED",
                    "责令限期清偿的期限至 " + DAY.format(order.deadlineOn()) + "（含当日）尚未届满，"
                            + DAY.format(order.deadlineOn().plusDays(1)) + " 起方可出具工资保证金支付通知书");
        }
        Money m = money.money(row);
        if (m.outstanding().signum() <= 0) {
            throw new ConflictException("NOTHING_OWED", "欠薪事件 " + row.incidentNumber() + " 的工资已全部支付，无需动用工资保证金");
        }
        BigDecimal noticed = mapper.findDepositNotices(incidentId).stream()
                .map(DepositNoticeRow::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal unpaid = noticed.subtract(m.depositDrawn()).max(BigDecimal.ZERO.setScale(2));
        BigDecimal limit = m.outstanding().subtract(unpaid).max(BigDecimal.ZERO.setScale(2));
        if (amount.compareTo(limit) > 0) {
            throw new InvalidInputException(List.of(new FieldProblem(
                    "amount",
                    "OverOutstanding",
                    "支付金额不得超过 " + IncidentMoney.yuan(limit) + " 元（尚欠工资 " + IncidentMoney.yuan(m.outstanding())
                            + " 元" + (unpaid.signum() > 0 ? "，减去此前通知银行尚未支付的 " + IncidentMoney.yuan(unpaid) + " 元" : "")
                            + "）")));
        }
        DocumentView document = issue(row, order, bank, account, amount, m.outstanding(), user);
        Instant now = timeline.now();
        GeneratedKey key = new GeneratedKey();
        mapper.insertDepositNotice(
                new DepositNoticeRow(
                        null, incidentId, order.id(), bank, account, amount, document.id(), user.username(), now),
                key);
        String detail = document.number() + "：" + bank + "，" + IncidentMoney.yuan(amount) + " 元";
        timeline.record(
                WageIncidents.ref(incidentId),
                ResponseStep.DEPOSIT_NOTICE_ISSUED.name(),
                ResponseStep.DEPOSIT_NOTICE_ISSUED.label(),
                user.username(),
                detail);
        audit.recordAs(
                user.username(),
                "WAGE_INCIDENT_DEPOSIT_NOTICE",
                WageIncidents.ref(incidentId),
                "工资保证金支付通知书 " + detail,
                null,
                null);
        return document;
    }

    /** The orders, newest last, as the page and GET show them. */
    @Transactional(readOnly = true)
    public List<Order> orders(long incidentId) {
        LocalDate today = BeijingTime.today(clock);
        return mapper.findOrders(incidentId).stream()
                .map(o -> new Order(
                        o.id(),
                        o.orderedOn(),
                        o.deadlineOn(),
                        o.servedOn(),
                        today.isAfter(o.deadlineOn()),
                        timeline.nameOf(o.recordedBy()),
                        o.recordedAt()))
                .toList();
    }

    /** The notices issued to banks, with their documents. */
    @Transactional(readOnly = true)
    public List<Notice> notices(long incidentId) {
        return mapper.findDepositNotices(incidentId).stream()
                .map(n -> new Notice(
                        n.id(),
                        n.orderId(),
                        n.bankName(),
                        n.accountNo(),
                        n.amount(),
                        n.documentId(),
                        documents.get(n.documentId()).number(),
                        "/documents/" + n.documentId() + "/pdf",
                        timeline.nameOf(n.issuedBy()),
                        n.issuedAt()))
                .toList();
    }

    /**
     * A 责令限期清偿.
     *
     * @param deadlinePassed the deadline day is over (Beijing calendar, the application's clock)
     */
    public record Order(
            long id,
            LocalDate orderedOn,
            LocalDate deadlineOn,
            LocalDate servedOn,
            boolean deadlinePassed,
            String recordedByName,
            Instant recordedAt) {}

    /** A 工资保证金支付通知书 issued to a bank. */
    public record Notice(
            long id,
            long orderId,
            String bankName,
            String accountNo,
            BigDecimal amount,
            long documentId,
            String documentNumber,
            String pdf,
            String issuedByName,
            Instant issuedAt) {}

    private DocumentView issue(
            WageIncidentRow row,
            RepaymentOrderRow order,
            String bank,
            String account,
            BigDecimal amount,
            BigDecimal outstanding,
            CurrentUser user) {
        EmployerView employer = employers.find(row.employerId()).orElseThrow();
        Map<String, String> data = new HashMap<>();
        data.put("bankName", bank);
        data.put("accountNo", account);
        data.put("amount", String.format("%,.2f 元", amount));
        data.put("employerName", employer.name());
        data.put("employerCreditCode", employer.creditCode());
        data.put("orderedOn", DAY.format(order.orderedOn()));
        data.put("servedOn", DAY.format(order.servedOn()));
        data.put("deadlineOn", DAY.format(order.deadlineOn()));
        data.put("outstanding", String.format("%,.2f 元", outstanding));
        data.put("incidentNumber", row.incidentNumber());
        data.put("amountOwed", String.format("%,.2f 元", row.amountOwed()));
        DocumentView draft = documents.draft(
                new DocumentRequest(
                        ResponseDocumentTypes.DEPOSIT_NOTICE,
                        WageIncidents.ref(row.id()),
                        row.officeCode(),
                        row.gridCode(),
                        Set.of(user.username()),
                        data,
                        List.of()),
                CaseTimeline.SYSTEM);
        return documents.issue(draft.id(), CaseTimeline.SYSTEM);
    }

    private WageIncidentRow activated(long incidentId) {
        WageIncidentRow row = incidentMapper.lockById(incidentId).orElseThrow();
        if (!IncidentStatus.ACTIVATED.name().equals(row.status())) {
            throw new ConflictException(
                    "INCIDENT_NOT_ACTIVATED",
                    "欠薪事件 " + row.incidentNumber() + " 当前状态为「"
                            + IncidentStatus.valueOf(row.status()).label() + "」，启动应急处置后才能责令清偿或动用工资保证金");
        }
        return row;
    }

    private static void requireInspector(CurrentUser user) {
        if (!user.has(Role.INSPECTOR)) {
            throw new ForbiddenException("INCIDENT_DEPOSIT", "责令限期清偿和工资保证金支付通知书由承办监察员办理");
        }
    }

    private static LocalDate day(String field, String label, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "NotNull", "请填写" + label));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "NotDate", label + "须为日期（年-月-日），例如 2026-12-06"));
            return null;
        }
    }

    private static String text(
            PrintableText rule, String field, String value, String missing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "NotBlank", missing));
            return null;
        }
        var problem = rule.problemOf(field, value);
        if (problem.isPresent()) {
            problems.add(problem.get());
            return null;
        }
        return value.strip();
    }

    /** A bank account: 8 to 32 digits, spaces or hyphens allowed between them. */
    private static String account(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("accountNo", "NotBlank", "请填写工资保证金账户"));
            return null;
        }
        String s = value.strip();
        String digits = s.replaceAll("[ -]", "");
        if (s.length() > 40 || !s.matches("[0-9][0-9 -]*[0-9]") || !digits.matches("[0-9]{8,32}")) {
            problems.add(new FieldProblem("accountNo", "Pattern", "工资保证金账户须为 8 至 32 位数字（可用空格或连字符分隔）"));
            return null;
        }
        return s;
    }

    private static BigDecimal amount(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("amount", "NotNull", "请填写支付金额"));
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("amount", "NotNumber", "支付金额须为数字（元）"));
            return null;
        }
        if (amount.signum() <= 0) {
            problems.add(new FieldProblem("amount", "Min", "支付金额须大于 0"));
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem("amount", "Digits", "支付金额最多两位小数，且不超过 9999 亿元"));
            return null;
        }
        return amount.setScale(2);
    }
}
