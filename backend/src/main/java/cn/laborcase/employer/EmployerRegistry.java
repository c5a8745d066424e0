package cn.laborcase.employer;

import cn.laborcase.audit.AuditJournal;
import cn.laborcase.employer.persistence.EmployerMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The employer registry of the grids (网格用人单位名录): one record per 统一社会信用代码. */
@Service
public class EmployerRegistry {

    private final EmployerMapper employers;
    private final AuditJournal audit;

    EmployerRegistry(EmployerMapper employers, AuditJournal audit) {
        this.employers = employers;
        this.audit = audit;
    }

    /**
     * Fills the search key of every employer that has none (rows of before V18, the demo's, rows written by SQL), in
     * Java by {@link EmployerSearchKey}, the same rule as every write: SQL's replace(x, ' ', '') gives NULL in
     * IvorySQL's Oracle mode. Run at every start ({@link SearchKeyBackfill}) and by the demo loader; the count.
     */
    @Transactional
    public int fillMissingSearchKeys() {
        int filled = 0;
        for (List<EmployerView> batch = employers.withoutSearchKey();
                !batch.isEmpty();
                batch = employers.withoutSearchKey()) {
            for (EmployerView e : batch) {
                filled += employers.setSearchKey(e.id(), EmployerSearchKey.of(e.name()));
            }
        }
        return filled;
    }

    @Transactional(readOnly = true)
    public List<EmployerView> inGrid(String gridCode) {
        return employers.findByGrid(gridCode);
    }

    @Transactional(readOnly = true)
    public Optional<EmployerView> find(CreditCode creditCode) {
        return employers.findByCreditCode(creditCode.value());
    }

    @Transactional(readOnly = true)
    public Optional<EmployerView> find(long id) {
        return employers.findById(id);
    }

    @Transactional(readOnly = true)
    public long count() {
        return employers.count();
    }

    /**
     * The grid a new employer belongs to: the grid named, if it exists and is active; otherwise the one grid of the
     * employers already registered on the same road (in the district, if one is given); otherwise the one grid of the
     * district's inspection office. Empty when none of these decides: someone has to choose the grid.
     */
    @Transactional(readOnly = true)
    public Optional<GridPlacement> placeNew(String district, String address, String gridCode) {
        if (gridCode != null && !gridCode.isBlank()) {
            return employers.findGrid(gridCode.strip());
        }
        String area = blankToNull(district);
        Optional<String> road = RoadName.of(address);
        if (road.isPresent()) {
            List<GridPlacement> onRoad = employers.findGridsOnRoad("%" + road.get() + "%", area);
            if (onRoad.size() == 1) {
                GridPlacement p = onRoad.get(0);
                return Optional.of(new GridPlacement(
                        p.gridCode(),
                        p.gridName(),
                        p.officeCode(),
                        p.officeName(),
                        "同一道路（" + road.get() + "）已登记的用人单位均属该网格"));
            }
        }
        if (area != null) {
            List<GridPlacement> inDistrict = employers.findGridsOfDistrict(area);
            if (inDistrict.size() == 1) {
                GridPlacement p = inDistrict.get(0);
                return Optional.of(
                        new GridPlacement(p.gridCode(), p.gridName(), p.officeCode(), p.officeName(), area + "仅设一个网格"));
            }
        }
        return Optional.empty();
    }

    /** Adds an employer to the master record (audited). The credit code must not be registered yet. */
    @Transactional
    public EmployerView register(NewEmployer employer) {
        employers.insert(
                employer.creditCode().value(),
                employer.name().strip(),
                EmployerSearchKey.of(employer.name().strip()),
                blankToNull(employer.address()),
                employer.gridCode());
        EmployerView added = employers
                .findByCreditCode(employer.creditCode().value())
                .orElseThrow(() -> new IllegalStateException("employer not found after insert"));
        audit.record(
                "EMPLOYER_REGISTERED",
                "EMPLOYER",
                added.id(),
                "新增用人单位 " + added.name() + "（" + added.creditCode() + "），所属网格 " + added.gridCode(),
                null,
                added.gridCode());
        return added;
    }

    /** Records that every employer of the grid was checked on this day (the registry is refreshed every 6 months). */
    @Transactional
    public int markGridReviewed(String gridCode, LocalDate day) {
        int updated = employers.markGridReviewed(gridCode, day);
        audit.record("REGISTRY_REVIEWED", "GRID", gridCode, "网格 " + gridCode + " 用人单位信息核查完成，共 " + updated + " 户");
        return updated;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
