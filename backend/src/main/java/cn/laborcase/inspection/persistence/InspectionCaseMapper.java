package cn.laborcase.inspection.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The inspection case's tables (V17): the case, its complaints, inspectors and workers. */
@Mapper
public interface InspectionCaseMapper {

    void insert(@Param("row") InspectionCaseRow row, @Param("key") GeneratedKey key);

    Optional<InspectionCaseRow> findById(@Param("id") long id);

    /** Locks the row for the step that changes it. */
    Optional<InspectionCaseRow> lockById(@Param("id") long id);

    Optional<InspectionCaseRow> findByOrigin(@Param("origin") String origin, @Param("originId") long originId);

    Optional<Long> caseOfComplaint(@Param("complaintId") long complaintId);

    List<InspectionCaseRow> openOfEmployer(@Param("employerId") long employerId);

    /** Optimistic update: 0 rows when the version moved on. */
    int update(@Param("row") InspectionCaseRow row);

    int insertComplaint(
            @Param("caseId") long caseId,
            @Param("complaintId") long complaintId,
            @Param("complaintNumber") String complaintNumber,
            @Param("at") Instant at);

    List<Long> complaintIds(@Param("caseId") long caseId);

    void insertInspector(
            @Param("caseId") long caseId,
            @Param("username") String username,
            @Param("lead") boolean lead,
            @Param("at") Instant at,
            @Param("by") String by);

    List<InspectorRow> inspectors(@Param("caseId") long caseId);

    int declare(@Param("caseId") long caseId, @Param("username") String username, @Param("at") Instant at);

    int requestRecusal(
            @Param("caseId") long caseId,
            @Param("username") String username,
            @Param("at") Instant at,
            @Param("reason") String reason);

    int decideRecusal(
            @Param("caseId") long caseId,
            @Param("username") String username,
            @Param("recused") boolean recused,
            @Param("by") String by);

    void insertWorker(@Param("row") WorkerRow row);

    void deleteWorkers(@Param("caseId") long caseId);

    List<WorkerRow> workers(@Param("caseId") long caseId);

    int markWorkersPaid(@Param("caseId") long caseId);
}
