package cn.laborcase.patrol.persistence;

import cn.laborcase.patrol.persistence.PatrolRows.CheckRow;
import cn.laborcase.patrol.persistence.PatrolRows.ConflictRow;
import cn.laborcase.patrol.persistence.PatrolRows.GridRow;
import cn.laborcase.patrol.persistence.PatrolRows.HistoryRow;
import cn.laborcase.patrol.persistence.PatrolRows.InputRow;
import cn.laborcase.patrol.persistence.PatrolRows.ItemRow;
import cn.laborcase.patrol.persistence.PatrolRows.PlanRow;
import cn.laborcase.patrol.persistence.PatrolRows.RegistryRow;
import cn.laborcase.shared.GeneratedKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Patrol plans, their draw inputs and items (the patrol aggregate). */
@Mapper
public interface PatrolMapper {

    Optional<GridRow> findGrid(String gridCode);

    List<GridRow> activeGrids();

    /** Usernames of the grid's active inspectors (member as INSPECTOR and holding the INSPECTOR role), by name. */
    List<String> pool(String gridCode);

    List<RegistryRow> registry(String gridCode);

    /** Earlier patrol items of the grid's employers, oldest month first. */
    List<HistoryRow> history(String gridCode);

    String firstMonth(String gridCode);

    List<ConflictRow> conflicts(String gridCode);

    Optional<PlanRow> findPlan(@Param("gridCode") String gridCode, @Param("month") String month);

    Optional<PlanRow> findPlanById(long id);

    void insertPlan(@Param("row") PlanRow row, @Param("key") GeneratedKey key);

    void insertInput(@Param("planId") long planId, @Param("row") InputRow row);

    void insertPlanConflict(@Param("planId") long planId, @Param("row") ConflictRow row);

    List<InputRow> inputs(long planId);

    List<ConflictRow> planConflicts(long planId);

    void insertItem(@Param("row") ItemRow row, @Param("key") GeneratedKey key);

    void setProcessInstance(@Param("itemId") long itemId, @Param("processInstanceId") String processInstanceId);

    List<ItemRow> items(long planId);

    Optional<ItemRow> findItem(long itemId);

    /** Plans of the offices in the month, with their grids (the public listing). */
    List<PlanRow> plansOfOffices(@Param("offices") Collection<String> offices, @Param("month") String month);

    /** The user's drawn items not yet recorded, due first. */
    List<ItemRow> openItemsOf(String username);

    /** The employer's drawn patrols not yet recorded, of any month. */
    List<ItemRow> openItemsOfEmployer(long employerId);

    /** The patrol follows its employer to another grid; guarded by version and state. */
    int moveItem(
            @Param("itemId") long itemId,
            @Param("version") int version,
            @Param("gridCode") String gridCode,
            @Param("officeCode") String officeCode,
            @Param("by") String by,
            @Param("at") java.time.Instant at);

    List<ItemRow> itemsOfEmployer(@Param("employerId") long employerId, @Param("limit") int limit);

    int record(
            @Param("itemId") long itemId,
            @Param("version") int version,
            @Param("result") String result,
            @Param("notes") String notes,
            @Param("sitePlace") String sitePlace,
            @Param("sitePresent") String sitePresent,
            @Param("siteFindings") String siteFindings,
            @Param("patrolledOn") LocalDate patrolledOn,
            @Param("by") String by,
            @Param("at") Instant at);

    void insertCheck(@Param("itemId") long itemId, @Param("topic") String topic, @Param("verdict") String verdict);

    List<CheckRow> checks(long itemId);
}
