package cn.laborcase.emergency;

import java.util.List;
import org.springframework.stereotype.Component;

/** The read side of the response after activation, for {@link IncidentQueries} (scope checked by the caller). */
@Component
class ResponseQueries {

    private final OnSiteTeams teams;
    private final AgencyNotices agencyNotices;
    private final DepositNotices deposits;

    ResponseQueries(OnSiteTeams teams, AgencyNotices agencyNotices, DepositNotices deposits) {
        this.teams = teams;
        this.agencyNotices = agencyNotices;
        this.deposits = deposits;
    }

    List<OnSiteTeams.TeamMember> team(long incidentId) {
        return teams.team(incidentId);
    }

    List<AgencyNotices.Notification> notifications(long incidentId) {
        return agencyNotices.of(incidentId);
    }

    List<DepositNotices.Order> orders(long incidentId) {
        return deposits.orders(incidentId);
    }

    List<DepositNotices.Notice> notices(long incidentId) {
        return deposits.notices(incidentId);
    }
}
