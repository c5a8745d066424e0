package cn.laborcase.intake;

import cn.laborcase.cases.CaseNumbers;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Complaint numbers per handling office and year: 东湖投诉〔2026〕12号, on the kernel's {@link CaseNumbers} (series
 * {@code COMPLAINT}; complaints and reports share the counter). Unique, not gap-free: no law keeps a register of
 * registration numbers, and a merged registration takes none.
 *
 * <p>Two ways, while registration moves from the first to the second:
 *
 * <ul>
 *   <li>{@link #lock}/{@link #advance}: the counter row is locked for the rest of the registration's transaction, so
 *       registrations of one office queue there (and the duplicate check behind it sees every complaint committed
 *       before). This serialises an office's registrations for as long as a registration takes.
 *   <li>{@link #next}: the number is taken and committed at once in a short transaction of its own; registrations of
 *       an office no longer queue. A registration that rolls back afterwards leaves its number unused (a gap). The
 *       duplicate check then needs its own guard against two identical registrations at once.
 * </ul>
 */
@Component
class ComplaintNumbers {

    private final CaseNumbers numbers;

    ComplaintNumbers(CaseNumbers numbers) {
        this.numbers = numbers;
    }

    /** Locks the counter of the office and year (creating it on the year's first registration); its last number. */
    int lock(String officeCode, int year) {
        return numbers.lock(CaseNumbers.COMPLAINT_SERIES, officeCode, year);
    }

    /** After {@link #lock}: the number the registration used. */
    void advance(String officeCode, int year, int seq) {
        numbers.set(CaseNumbers.COMPLAINT_SERIES, officeCode, year, seq);
    }

    /**
     * The office's next number for the year, taken in one short step of its own (committed at once, never held
     * until the registration commits; a rolled-back registration leaves a gap). Call it only once the registration
     * will make a complaint (not for a merge), and without {@link #lock}.
     */
    int next(String officeCode, int year) {
        return numbers.next(CaseNumbers.COMPLAINT_SERIES, officeCode, year);
    }

    /** The number in the default pattern (kept static for the registration's callers; see {@link #formatted}). */
    static String format(String officeShortName, ComplaintKind kind, int year, int seq) {
        return CaseNumbers.render(
                CaseNumbers.COMPLAINT_PATTERN, officeShortName, year, seq, Map.of("kind", kind.label()));
    }

    /** The number through the kernel's pattern of the series (configurable: laborcase.case-numbers.patterns). */
    String formatted(String officeShortName, ComplaintKind kind, int year, int seq) {
        return numbers.format(CaseNumbers.COMPLAINT_SERIES, officeShortName, year, seq, Map.of("kind", kind.label()));
    }
}
