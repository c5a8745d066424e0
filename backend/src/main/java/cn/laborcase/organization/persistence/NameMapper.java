package cn.laborcase.organization.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Codes and usernames with the names people read: the whole directory, small enough to hold. */
@Mapper
public interface NameMapper {

    /** code → short name (东湖区监察大队 → 东湖区大队) */
    List<CodeName> officeNames();

    List<CodeName> gridNames();

    /** username → display name */
    List<CodeName> staffNames();

    record CodeName(String code, String name) {}
}
