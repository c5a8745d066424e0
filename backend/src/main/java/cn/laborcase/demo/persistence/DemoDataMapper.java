package cn.laborcase.demo.persistence;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Inserts for the demo data set; each returns nothing and is only called on an empty database. */
@Mapper
public interface DemoDataMapper {

    long countStaff();

    void insertOffice(
            @Param("code") String code,
            @Param("name") String name,
            @Param("shortName") String shortName,
            @Param("kind") String kind,
            @Param("region") String region,
            @Param("parentCode") String parentCode);

    void insertStaff(
            @Param("username") String username,
            @Param("displayName") String displayName,
            @Param("passwordHash") String passwordHash,
            @Param("officeCode") String officeCode,
            @Param("title") String title,
            @Param("phone") String phone,
            @Param("email") String email);

    void insertRole(@Param("username") String username, @Param("role") String role);

    void insertGrid(
            @Param("code") String code,
            @Param("name") String name,
            @Param("officeCode") String officeCode,
            @Param("area") String area,
            @Param("responsible") String responsibleUsername);

    void insertGridMember(
            @Param("gridCode") String gridCode, @Param("username") String username, @Param("kind") String kind);

    void insertEmployer(
            @Param("creditCode") String creditCode,
            @Param("name") String name,
            @Param("gridCode") String gridCode,
            @Param("address") String address,
            @Param("legalRepresentative") String legalRepresentative,
            @Param("industry") String industry,
            @Param("employeeCount") int employeeCount,
            @Param("grade") String grade,
            @Param("watchList") boolean watchList);
}
