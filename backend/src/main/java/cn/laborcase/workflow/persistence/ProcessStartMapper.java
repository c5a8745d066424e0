package cn.laborcase.workflow.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Who started which process ({@code wf_process_start}), for 我发起的. */
@Mapper
public interface ProcessStartMapper {

    void insert(
            @Param("processInstanceId") String processInstanceId,
            @Param("processKey") String processKey,
            @Param("businessKey") String businessKey,
            @Param("caseTitle") String caseTitle,
            @Param("officeCode") String officeCode,
            @Param("startedBy") String startedBy,
            @Param("at") Instant at);

    List<ProcessStartRow> findByStarter(
            @Param("username") String username, @Param("offset") int offset, @Param("size") int size);

    long countByStarter(@Param("username") String username);
}
