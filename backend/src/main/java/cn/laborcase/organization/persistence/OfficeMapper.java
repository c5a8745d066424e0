package cn.laborcase.organization.persistence;

import cn.laborcase.organization.Office;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OfficeMapper {

    List<Office> findAll();

    // administration (机构管理) ---------------------------------------------------------------------------------

    Optional<Office> findById(long id);

    Optional<Office> findByCode(String code);

    int insert(
            @Param("code") String code,
            @Param("name") String name,
            @Param("shortName") String shortName,
            @Param("kind") String kind,
            @Param("regionName") String regionName,
            @Param("parentId") Long parentId);

    /** Updates the editable fields if the row still has {@code version}; 0 rows means someone else changed it. */
    int update(
            @Param("id") long id,
            @Param("version") int version,
            @Param("name") String name,
            @Param("shortName") String shortName,
            @Param("kind") String kind,
            @Param("regionName") String regionName,
            @Param("parentId") Long parentId,
            @Param("active") boolean active);

    long countActive();
}
