package cn.laborcase.arbitration.persistence;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Referred complaints waiting for registration, and where a registered application came from. */
@Mapper
public interface ReferralMapper {

    Optional<ReferralRow> byComplaint(long complaintId);

    /** Fails on the unique key when the complaint is recorded already. */
    void insert(@Param("row") ReferralRow row);

    /** The office's referrals not registered yet, oldest first. */
    List<ReferralRow> pending(@Param("officeCode") String officeCode);

    /** Links the referral to the case registered from it, once: 0 when it was linked already. */
    int registered(@Param("complaintId") long complaintId, @Param("caseId") long caseId);

    /** Records the application's source once: 0 when it was recorded already. */
    int setSource(
            @Param("id") long id,
            @Param("mediationId") Long mediationId,
            @Param("mediationNumber") String mediationNumber,
            @Param("complaintId") Long complaintId);

    Optional<String> sourceMediationNumber(long id);
}
