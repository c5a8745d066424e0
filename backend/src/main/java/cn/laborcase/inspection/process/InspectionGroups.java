package cn.laborcase.inspection.process;

import cn.laborcase.organization.GroupIds;
import cn.laborcase.organization.Office;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.organization.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Candidate groups BPMN computes ({@code ${inspectionGroups.heads(officeCode)}}): the 负责人 of the 劳动保障行政部门 is
 * the 局长 of the case's office or of an office above it (a 监察大队's bureau), so a decision reserved to the head
 * (涉嫌犯罪移送, 国务院令第310号 §5) reaches the bureau leaders of the office and its ancestors.
 */
@Component("inspectionGroups")
public class InspectionGroups {

    private final OrganizationDirectory directory;

    InspectionGroups(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /** "office:D1:bureau-leaders,office:C0:bureau-leaders" for an office D1 under C0. */
    public String heads(String officeCode) {
        List<Office> offices = directory.offices();
        Map<String, Office> byCode = offices.stream().collect(Collectors.toMap(Office::code, Function.identity()));
        Map<Long, Office> byId = offices.stream().collect(Collectors.toMap(Office::id, Function.identity()));
        List<String> groups = new ArrayList<>();
        Office office = byCode.get(officeCode);
        groups.add(GroupIds.office(officeCode, Role.BUREAU_LEADER));
        int guard = 0;
        while (office != null && office.parentId() != null && guard++ < 20) {
            office = byId.get(office.parentId());
            if (office != null) {
                groups.add(GroupIds.office(office.code(), Role.BUREAU_LEADER));
            }
        }
        return String.join(",", groups);
    }
}
