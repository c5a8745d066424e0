package cn.laborcase.inspection.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The read side of the inspection case (监察案件): what its page, list, API and home panels show. Reads the tables of
 * V17 (written by the case's own mapper); writes nothing. Row records are nested so that they never collide with the
 * write side's.
 */
@Mapper
public interface InspectionCaseQueryMapper {

    Optional<CaseRow> findCase(@Param("id") long id);

    List<InspectorRow> inspectors(@Param("caseId") long caseId);

    List<WorkerRow> workers(@Param("caseId") long caseId);

    List<ComplaintRow> complaints(@Param("caseId") long caseId);

    List<ListRow> search(@Param("c") ListCriteria criteria);

    long count(@Param("c") ListCriteria criteria);

    List<IdNumber> numbers(@Param("ids") List<Long> ids);

    /** One case with its employer. */
    record CaseRow(
            long id,
            String caseNumber,
            String officeCode,
            String gridCode,
            long employerId,
            String employerName,
            String creditCode,
            String employerAddress,
            String legalRepresentative,
            String origin,
            Long originId,
            String originLabel,
            String status,
            String outcome,
            String facts,
            BigDecimal amountOwed,
            Integer workersAffected,
            String proposedBy,
            Instant openedAt,
            LocalDate filedOn,
            String filedBy,
            LocalDate dueDate,
            boolean extended,
            LocalDate closedOn,
            String closedBy,
            String processInstanceId,
            int version) {}

    record InspectorRow(
            String username,
            boolean lead,
            Instant assignedAt,
            Instant declaredAt,
            Instant recusalRequestedAt,
            String recusalReason,
            boolean recused) {}

    record WorkerRow(
            long id,
            String name,
            String idNumber,
            BigDecimal amountOwed,
            LocalDate periodFrom,
            LocalDate periodTo,
            boolean paid) {}

    record ComplaintRow(long complaintId, String complaintNumber, Instant linkedAt) {}

    /** A row of the list. */
    record ListRow(
            long id,
            String caseNumber,
            String officeCode,
            String gridCode,
            String employerName,
            String origin,
            String status,
            String outcome,
            LocalDate filedOn,
            LocalDate dueDate,
            boolean extended,
            Instant openedAt,
            String leadInspector,
            BigDecimal amountOwed) {}

    record IdNumber(long id, String number) {}

    /**
     * What the list may show and filters on. Scope: cases of these offices, or of these grids, or where this user is
     * an inspector; {@code everything} for administrators.
     *
     * @param numberLike a LIKE pattern (escaped with {@code \}) on the case number
     * @param employerLike a LIKE pattern on the employer's name
     * @param creditCode the employer's whole credit code
     * @param openOnly only cases not yet closed, refused or withdrawn
     * @param inspector only cases where this user is an inspector (not recused)
     * @param filedFrom first day of 立案, included
     * @param filedTo last day of 立案, included
     * @param sort a whitelisted sort key (the mapper's {@code <choose>}), null for overdue first, then fewest days left
     */
    record ListCriteria(
            boolean everything,
            List<String> officeCodes,
            List<String> gridCodes,
            String participant,
            String status,
            String origin,
            String gridCode,
            Long employerId,
            String numberLike,
            String employerLike,
            String creditCode,
            boolean openOnly,
            String inspector,
            LocalDate filedFrom,
            LocalDate filedTo,
            String sort,
            boolean descending,
            int offset,
            int limit) {}
}
