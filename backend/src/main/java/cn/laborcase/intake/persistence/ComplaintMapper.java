package cn.laborcase.intake.persistence;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ComplaintMapper {

    /**
     * The guard row of an employer and matter, locked until the transaction ends: registrations about the same
     * employer and matter queue here while they look for an open duplicate. Empty before the first registration.
     */
    Optional<Long> lockMatter(@Param("employerId") long employerId, @Param("category") String category);

    /** Creates the guard row; fails with a duplicate key if another registration created it first. */
    void insertMatter(@Param("employerId") long employerId, @Param("category") String category);

    void insert(
            @Param("row") ComplaintRow row,
            @Param("p") cn.laborcase.intake.ComplaintParticulars particulars,
            @Param("key") GeneratedId key);

    /** 若干规定 §17's particulars of a registration (法定代表人, 职务, 投诉请求). */
    Optional<cn.laborcase.intake.ComplaintParticulars> findParticulars(long id);

    Optional<ComplaintRow> findById(long id);

    Optional<ComplaintRow> findByNumber(String number);

    /**
     * The earliest complaint of the employer about the category that a new one joins: before a decision, or accepted
     * while the case it led to is not closed.
     */
    Optional<ComplaintRow> findOpenDuplicate(@Param("employerId") long employerId, @Param("category") String category);

    /** @return 0 if the row's version moved since it was read */
    int update(@Param("row") ComplaintRow row);

    List<ComplaintRow> findMergedInto(long complaintId);

    void insertComplainant(@Param("row") ComplainantRow row);

    List<ComplainantRow> findComplainants(long complaintId);

    void updatePartyKind(@Param("id") long id, @Param("partyKind") String partyKind);

    int countComplainants(long complaintId);

    /** The inspection case the complaint became (V17_1): its id and number. */
    int linkResultingCase(
            @org.apache.ibatis.annotations.Param("complaintId") long complaintId,
            @org.apache.ibatis.annotations.Param("caseId") long caseId,
            @org.apache.ibatis.annotations.Param("caseNumber") String caseNumber);

    Optional<Long> resultingCaseId(long complaintId);

    List<ComplaintListRow> search(@Param("c") ComplaintCriteria criteria);

    long count(@Param("c") ComplaintCriteria criteria);

    /**
     * Complaints against the employer other than {@code except}: open ones, and any received since {@code since}
     * (merged registrations not counted), for the early warning of repeated complaints.
     */
    long countOthersOfEmployer(
            @Param("employerId") long employerId,
            @Param("except") long except,
            @Param("since") java.time.Instant since);
}
