package cn.laborcase.employer;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.employer.persistence.EmployerMapper;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employer registry of the grids (网格用人单位名录). */
@Service
public class EmployerRegistry {

    private final EmployerMapper employers;
    private final AuditJournal audit;

    EmployerRegistry(EmployerMapper employers, AuditJournal audit) {
        this.employers = employers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<EmployerView> inGrid(String gridCode) {
        return employers.findByGrid(gridCode);
    }

    @Transactional(readOnly = true)
    public long count() {
        return employers.count();
    }

    /** Records that every employer of the grid was checked on this day (the registry is refreshed every 6 months). */
    @Transactional
    public int markGridReviewed(String gridCode, LocalDate day) {
        int updated = employers.markGridReviewed(gridCode, day);
        audit.record("REGISTRY_REVIEWED", "GRID", gridCode, "网格 " + gridCode + " 用人单位信息核查完成，共 " + updated + " 户");
        return updated;
    }
}
