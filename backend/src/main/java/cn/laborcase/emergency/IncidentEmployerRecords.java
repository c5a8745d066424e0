package cn.laborcase.emergency;

import cn.laborcase.emergency.persistence.IncidentFollowUpMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.employer.EmployerRecordSource;
import cn.laborcase.security.CurrentUser;
import cn.laborcase.security.DataScope;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The employer page's section 欠薪事件: the employer's incidents the viewer may see, newest first, with the criminal
 * referral and the blacklist review in words (the listing itself shows in the page's own 失信联合惩戒名单).
 */
@Component
class IncidentEmployerRecords implements EmployerRecordSource {

    private final IncidentFollowUpMapper mapper;
    private final BlacklistReviews blacklist;
    private final DataScope dataScope;

    IncidentEmployerRecords(IncidentFollowUpMapper mapper, BlacklistReviews blacklist, DataScope dataScope) {
        this.mapper = mapper;
        this.blacklist = blacklist;
        this.dataScope = dataScope;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String title() {
        return "欠薪事件";
    }

    @Override
    public List<Line> recordsOf(long employerId, CurrentUser viewer, int limit) {
        return mapper.findIncidentsOfEmployer(employerId, Math.max(1, Math.min(limit, 100))).stream()
                .filter(r -> dataScope.canSee(viewer, WageIncidents.scopeOf(r)))
                .map(r -> new Line(
                        r.incidentNumber(),
                        detail(r),
                        IncidentStatus.valueOf(r.status()).label(),
                        r.reportedAt(),
                        "/wage-incidents/" + r.id()))
                .toList();
    }

    private String detail(WageIncidentRow r) {
        StringBuilder text = new StringBuilder(Grade.valueOf(r.grade()).label())
                .append("，涉及 ")
                .append(r.workersAffected())
                .append(" 人");
        mapper.findReferrals(r.id()).stream().reduce((a, b) -> b).ifPresent(x -> text.append("；移送公安机关：")
                .append(ReferralStatus.valueOf(x.status()).label()));
        mapper.findBlacklists(r.id()).stream().reduce((a, b) -> b).ifPresent(b -> text.append("；失信联合惩戒名单：")
                .append(BlacklistStatus.valueOf(blacklist.state(b)).label()));
        return text.toString();
    }
}
