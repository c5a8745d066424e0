package cn.laborcase.cases;

import cn.laborcase.cases.persistence.CaseNumberMapper;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers of every track (案件编号), one counter per series (a register: {@code COMPLAINT},
 * {@code ARBITRATION_CASE}, …), office and year, formatted by the series' pattern ({@link CaseNumberSettings}).
 *
 * <p>Two ways to take a number, because a counter locked for a whole registration serialises the office:
 *
 * <ul>
 *   <li>{@link #next} takes it in a short transaction of its own: the counter row is locked for one update, then
 *       released. Unique, increasing, <b>not gap-free</b>: if the caller's transaction rolls back afterwards, the
 *       number stays unused. Right for registration numbers (投诉登记编号), which no law requires without gaps.
 *   <li>{@link #nextGapFree} takes it in the caller's transaction: a rollback gives it back, so the register has no
 *       gaps (e.g. a 立案 or 仲裁案号 register kept as the law's register). The counter row stays locked until the
 *       caller commits, so <b>call it as the last statement of the transaction</b> — after every check, insert and
 *       engine call — to hold the lock for milliseconds, not for the whole request.
 * </ul>
 *
 * Portable SQL (update + select, no sequences, no {@code returning}).
 */
@Service
public class CaseNumbers {

    /** Intake's register: 东湖投诉〔2026〕12号 and 东湖举报〔2026〕13号 share one counter per office and year. */
    public static final String COMPLAINT_SERIES = "COMPLAINT";

    /** The default pattern of {@link #COMPLAINT_SERIES}; {@code {kind}} is 投诉 or 举报. */
    public static final String COMPLAINT_PATTERN = "{office}{kind}〔{year}〕{seq}号";

    private final CaseNumberMapper mapper;
    private final CaseNumberSettings settings;
    private final TransactionTemplate ownTransaction;

    CaseNumbers(CaseNumberMapper mapper, CaseNumberSettings settings, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next number of the series, office and year, committed at once in a transaction of its own (not gap-free:
     * see the class comment). Safe to call anywhere in the caller's transaction; the caller's locks are not held.
     *
     * <p>Inside a caller's transaction it borrows a second connection from the pool for a few milliseconds: with
     * every connection held by callers waiting here, they wait for the pool's timeout. Keep the pool larger than the
     * number of concurrent callers (Hikari's default is 10), or call it before the caller's transaction begins.
     */
    public int next(String series, String officeCode, int year) {
        Integer seq = ownTransaction.execute(status -> incrementCreating(series, officeCode, year));
        if (seq == null) {
            throw new IllegalStateException("no number taken for " + series + " " + officeCode + " " + year);
        }
        return seq;
    }

    /**
     * The next number, taken in the caller's transaction and given back if it rolls back (gap-free). The counter
     * stays locked until the caller's transaction ends: call this last.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int nextGapFree(String series, String officeCode, int year) {
        return incrementCreating(series, officeCode, year);
    }

    /**
     * Locks the counter for the rest of the caller's transaction and returns its last number; {@link #set} writes
     * the number used. The slow way (every taker of the office queues for the whole transaction): kept for callers
     * that need the lock itself, such as intake's registration while it moves to {@link #next}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int lock(String series, String officeCode, int year) {
        return mapper.lock(series, officeCode, year).orElseGet(() -> {
            create(series, officeCode, year);
            return mapper.lock(series, officeCode, year)
                    .orElseThrow(
                            () -> new IllegalStateException("no counter " + series + " " + officeCode + " " + year));
        });
    }

    /** After {@link #lock}: the last number used. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void set(String series, String officeCode, int year, int seq) {
        mapper.set(series, officeCode, year, seq);
    }

    /** The number as the series' pattern writes it, e.g. 东湖投诉〔2026〕12号. */
    public String format(String series, String officeShortName, int year, int seq, Map<String, String> values) {
        String pattern = settings.patterns().get(series);
        if (pattern == null) {
            throw new IllegalStateException("no number pattern for series " + series + " (laborcase.case-numbers)");
        }
        return render(pattern, officeShortName, year, seq, values);
    }

    /** A pattern with its placeholders filled: {@code {office}}, {@code {year}}, {@code {seq}} and the values'. */
    public static String render(String pattern, String officeShortName, int year, int seq, Map<String, String> values) {
        String text = pattern.replace("{office}", officeShortName)
                .replace("{year}", Integer.toString(year))
                .replace("{seq}", Integer.toString(seq));
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return text;
    }

    private int incrementCreating(String series, String officeCode, int year) {
        if (mapper.increment(series, officeCode, year) == 0) {
            create(series, officeCode, year);
            mapper.increment(series, officeCode, year);
        }
        return mapper.last(series, officeCode, year)
                .orElseThrow(() -> new IllegalStateException("no counter " + series + " " + officeCode + " " + year));
    }

    /** The year's first number creates the counter, in a transaction of its own: losing that race is no error. */
    private void create(String series, String officeCode, int year) {
        ownTransaction.executeWithoutResult(status -> {
            try {
                mapper.insertCounter(series, officeCode, year);
            } catch (DuplicateKeyException alreadyCreated) {
                status.setRollbackOnly();
            }
        });
    }
}
