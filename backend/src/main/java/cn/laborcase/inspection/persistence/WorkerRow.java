package cn.laborcase.inspection.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code inspection_case_worker} (V17): what one worker is owed. */
public record WorkerRow(
        Long id,
        long caseId,
        String name,
        String idNumber,
        BigDecimal amountOwed,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean paid) {}
