package cn.laborcase.emergency.persistence;

import cn.laborcase.shared.GeneratedKey;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * {@code wage_incident_team_member}, {@code wage_incident_agency_notice}, {@code wage_incident_repayment_order} and
 * {@code wage_incident_deposit_notice}: the response after activation.
 */
@Mapper
public interface IncidentResponseMapper {

    void insertTeamMember(@Param("row") TeamMemberRow row);

    List<TeamMemberRow> findTeam(long incidentId);

    void insertAgencyNotice(@Param("row") AgencyNoticeRow row);

    List<AgencyNoticeRow> findAgencyNotices(long incidentId);

    void insertOrder(@Param("row") RepaymentOrderRow row, @Param("key") GeneratedKey key);

    List<RepaymentOrderRow> findOrders(long incidentId);

    void insertDepositNotice(@Param("row") DepositNoticeRow row, @Param("key") GeneratedKey key);

    List<DepositNoticeRow> findDepositNotices(long incidentId);
}
