package cn.laborcase.employer.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 预警 signals of employers. */
@Mapper
public interface EmployerRiskMapper {

    void insert(
            @Param("employerId") long employerId,
            @Param("kind") String kind,
            @Param("detail") String detail,
            @Param("sourceType") String sourceType,
            @Param("sourceId") Long sourceId,
            @Param("reportedBy") String reportedBy,
            @Param("reportedAt") Instant reportedAt);

    /** Takes the employer row's lock, so that two signals at once compute the level one after the other. */
    int lock(long employerId);

    List<RiskSignalRow> open(long employerId);

    List<RiskSignalRow> recent(@Param("employerId") long employerId, @Param("limit") int limit);
}
