package cn.laborcase.emergency;

import cn.laborcase.notification.Notifications;
import cn.laborcase.organization.Colleague;
import cn.laborcase.organization.OrganizationDirectory;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/** The 局长 of an office and of the offices above it, told in-app of what waits for their decision. */
@Component
class BureauHeads {

    private final IncidentApprovals approvals;
    private final OrganizationDirectory directory;
    private final Notifications notifications;

    BureauHeads(IncidentApprovals approvals, OrganizationDirectory directory, Notifications notifications) {
        this.approvals = approvals;
        this.directory = directory;
        this.notifications = notifications;
    }

    void tell(String officeCode, String title, String link) {
        for (Colleague c : directory.colleagues(
                Arrays.asList(approvals.headGroups(officeCode).split(",")), null)) {
            notifications.notifyStaff(c.username(), IncidentMoney.cut(title), link);
        }
    }

    void tellOne(String username, String title, String link) {
        notifications.notifyStaff(username, IncidentMoney.cut(title), link);
    }
}
