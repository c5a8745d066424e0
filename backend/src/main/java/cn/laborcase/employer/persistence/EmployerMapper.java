package cn.laborcase.employer.persistence;

import cn.laborcase.employer.EmployerView;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EmployerMapper {

    List<EmployerView> findByGrid(String gridCode);

    long count();

    int markGridReviewed(@Param("gridCode") String gridCode, @Param("day") LocalDate day);
}
