package cn.laborcase.cases.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CaseTimelineMapper {

    void insert(@Param("row") TimelineRow row);

    List<TimelineRow> find(@Param("caseType") String caseType, @Param("caseId") long caseId);

    /** Entries of the case with one of the steps, oldest first. */
    List<TimelineRow> findSteps(
            @Param("caseType") String caseType, @Param("caseId") long caseId, @Param("steps") List<String> steps);
}
