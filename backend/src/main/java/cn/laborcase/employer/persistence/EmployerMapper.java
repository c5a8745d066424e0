package cn.laborcase.employer.persistence;

import cn.laborcase.employer.EmployerView;
import cn.laborcase.employer.GridPlacement;
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
            @Param("address") String address,
            @Param("gridCode") String gridCode);
}
