package cn.laborcase.organization.persistence;

import cn.laborcase.organization.Colleague;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Active staff by where they work: the members behind a candidate group, or everyone of an office. */
@Mapper
public interface ColleagueMapper {

    /** Active members of an active grid, as inspectors or as assistants ({@code grid_member.kind}). */
    List<Colleague> findInGrid(@Param("gridCode") String gridCode, @Param("kind") String kind);

    /** Active staff of an office; with roles, only those holding one of them. */
    List<Colleague> findInOffice(@Param("officeCode") String officeCode, @Param("roles") List<String> roles);
}
