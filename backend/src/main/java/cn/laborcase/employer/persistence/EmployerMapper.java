package cn.laborcase.employer.persistence;

import cn.laborcase.employer.EmployerView;
import cn.laborcase.employer.GridPlacement;
import cn.laborcase.shared.GeneratedKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EmployerMapper {

    List<EmployerView> findByGrid(String gridCode);

    Optional<EmployerView> findByCreditCode(String creditCode);

    Optional<EmployerView> findById(long id);

    /** Employers whose search key is not filled yet (rows of before V18, the demo's, SQL fixtures'), at most 500. */
    List<EmployerView> withoutSearchKey();

    int setSearchKey(@Param("id") long id, @Param("searchKey") String searchKey);

    long count();

    int markGridReviewed(@Param("gridCode") String gridCode, @Param("day") LocalDate day);

    Optional<GridPlacement> findGrid(String gridCode);

    /** Active grids of the employers whose address matches; only grids of the district's office if one is given. */
    List<GridPlacement> findGridsOnRoad(@Param("pattern") String pattern, @Param("district") String district);

    /** Active grids of the inspection office of this district (its region name). */
    List<GridPlacement> findGridsOfDistrict(String district);

    void insert(
            @Param("creditCode") String creditCode,
            @Param("name") String name,
            @Param("searchKey") String searchKey,
            @Param("address") String address,
            @Param("gridCode") String gridCode);

    /** An employer with every field of the registry, and its search key; the generated id in {@code key}. */
    void insertFull(
            @Param("key") GeneratedKey key,
            @Param("creditCode") String creditCode,
            @Param("name") String name,
            @Param("searchKey") String searchKey,
            @Param("address") String address,
            @Param("gridCode") String gridCode,
            @Param("legalRepresentative") String legalRepresentative,
            @Param("industry") String industry,
            @Param("employeeCount") Integer employeeCount);

    List<EmployerListRow> search(@Param("c") EmployerCriteria criteria);

    long countSearch(@Param("c") EmployerCriteria criteria);

    Optional<EmployerStateRow> findState(long id);

    /** Changes the editable fields if the row still has {@code version}; 0 when someone else changed it first. */
    int update(
            @Param("id") long id,
            @Param("version") int version,
            @Param("name") String name,
            @Param("searchKey") String searchKey,
            @Param("address") String address,
            @Param("legalRepresentative") String legalRepresentative,
            @Param("industry") String industry,
            @Param("employeeCount") Integer employeeCount);

    int moveGrid(@Param("id") long id, @Param("version") int version, @Param("gridCode") String gridCode);

    int setGrade(@Param("id") long id, @Param("grade") String grade);

    int setRisk(
            @Param("id") long id,
            @Param("riskLevel") String riskLevel,
            @Param("watchList") boolean watchList,
            @Param("watchReason") String watchReason);

    List<SiteRow> sites(long employerId);

    void deleteSites(long employerId);

    void insertSite(
            @Param("employerId") long employerId,
            @Param("kind") String kind,
            @Param("address") String address,
            @Param("position") int position);

    /** Usernames of the active inspectors of a grid. */
    List<String> gridInspectors(String gridCode);

    /** Active grid codes of these offices. */
    List<String> gridsOfOffices(@Param("officeCodes") List<String> officeCodes);
}
