package cn.laborcase.organization.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Grids (网格) and who works in them. */
@Mapper
public interface GridMapper {

    /** Every grid, or those of one office, with responsible inspector and employer count. */
    List<GridRow> findAll(@Param("officeId") Long officeId);

    Optional<GridRow> findById(long id);

    Optional<GridRow> findByCode(String code);

    List<GridRow> findByIds(@Param("ids") Collection<Long> ids);

    /** Active grids this staff member is the responsible inspector of. */
    List<GridRow> findActiveByResponsible(long staffId);

    List<GridMemberRow> findMembers(@Param("gridIds") Collection<Long> gridIds);

    int insert(
            @Param("code") String code,
            @Param("name") String name,
            @Param("officeId") long officeId,
            @Param("areaDescription") String areaDescription,
            @Param("responsibleId") long responsibleId);

    /** Updates the editable fields if the row still has {@code version}; 0 rows means someone else changed it. */
    int update(
            @Param("id") long id,
            @Param("version") int version,
            @Param("name") String name,
            @Param("areaDescription") String areaDescription,
            @Param("responsibleId") long responsibleId,
            @Param("active") boolean active);

    /** Bumps the version of grids whose members were changed from a staff member's page. */
    int touch(@Param("ids") Collection<Long> ids);

    int insertMember(@Param("gridId") long gridId, @Param("staffId") long staffId, @Param("kind") String kind);

    int updateMemberKind(@Param("gridId") long gridId, @Param("staffId") long staffId, @Param("kind") String kind);

    int deleteMember(@Param("gridId") long gridId, @Param("staffId") long staffId);

    long countActive();

    long countActiveInOffice(long officeId);

    record GridRow(
            long id,
            String code,
            String name,
            long officeId,
            String officeCode,
            String officeName,
            String areaDescription,
            Long responsibleId,
            String responsibleUsername,
            String responsibleName,
            boolean active,
            int version,
            long employerCount) {}

    record GridMemberRow(long gridId, long staffId, String username, String displayName, String kind, boolean active) {}
}
