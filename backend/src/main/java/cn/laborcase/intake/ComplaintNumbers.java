package cn.laborcase.intake;

import cn.laborcase.intake.persistence.ComplaintMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaint numbers per handling office and year: 东湖投诉〔2026〕12号. Unique, not necessarily gap-free (a merged
 * registration takes none; a rolled-back one leaves none either, since the counter moves in the registration's own
 * transaction).
 *
 * <p>{@link #lock} takes the office's counter row for the rest of the registration's transaction, so registrations
 * for one office queue there: the duplicate check that follows sees every complaint committed before it, and two
 * identical registrations at once make one complaint and one merge. All complaints about an employer are handled by
 * the office of its grid (条例 §13), so this lock covers every duplicate.
 */
@Component
class ComplaintNumbers {

    private final ComplaintMapper mapper;
    private final TransactionTemplate ownTransaction;

    ComplaintNumbers(ComplaintMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Locks the counter of the office and year (creating it on the year's first registration); its last number. */
    int lock(String officeCode, int year) {
        return mapper.lockCounter(officeCode, year).orElseGet(() -> {
            // created in a transaction of its own: a failed insert (another registration created it first) must not
            // spoil the registration's transaction
            ownTransaction.executeWithoutResult(status -> {
                try {
                    mapper.insertCounter(officeCode, year);
                } catch (DuplicateKeyException alreadyCreated) {
                    status.setRollbackOnly();
                }
            });
            return mapper.lockCounter(officeCode, year)
                    .orElseThrow(
                            () -> new IllegalStateException("no complaint counter for " + officeCode + " " + year));
        });
    }

    /**
     * Takes the office's next number for the year in a short transaction of its own, committed before the
     * registration goes on: the counter row is locked for that moment only, so registrations of one office do not
     * queue behind each other's whole transaction (issue 8). A registration rolled back after this leaves a gap.
     */
    int next(String officeCode, int year) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Integer seq = ownTransaction.execute(status -> mapper.lockCounter(officeCode, year)
                    .map(last -> {
                        mapper.updateCounter(officeCode, year, last + 1);
                        return last + 1;
                    })
                    .orElse(null));
            if (seq != null) {
                return seq;
            }
            createCounter(officeCode, year);
        }
        throw new IllegalStateException("no complaint counter for " + officeCode + " " + year);
    }

    private void createCounter(String officeCode, int year) {
        ownTransaction.executeWithoutResult(status -> {
            try {
                mapper.insertCounter(officeCode, year);
            } catch (DuplicateKeyException alreadyCreated) {
                status.setRollbackOnly();
            }
        });
    }

    void advance(String officeCode, int year, int seq) {
        mapper.updateCounter(officeCode, year, seq);
    }

    static String format(String officeShortName, ComplaintKind kind, int year, int seq) {
        return officeShortName + kind.label() + "〔" + year + "〕" + seq + "号";
    }
}
