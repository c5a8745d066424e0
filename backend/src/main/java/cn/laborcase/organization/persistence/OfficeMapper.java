package cn.laborcase.organization.persistence;

import cn.laborcase.organization.Office;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface OfficeMapper {

    List<Office> findAll();
}
