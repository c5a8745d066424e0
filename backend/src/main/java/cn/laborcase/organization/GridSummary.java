package cn.laborcase.organization;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A grid (网格) with its responsible inspector, members and the number of employers in it. */
public record GridSummary(
        long id,
        String code,
        String name,
        long officeId,
        String officeCode,
        String officeName,
        String areaDescription,
        Long responsibleId,
        String responsibleUsername,
        String responsibleName,
        List<GridMember> inspectors,
        List<GridMember> assistants,
        long employerCount,
        boolean active,
        int version) {

    /** The edit form filled with the current values. */
    public UpdateGridRequest toRequest() {
        return new UpdateGridRequest(
                name, areaDescription, responsibleId, ids(inspectors), ids(assistants), active, version);
    }

    private static Set<Long> ids(List<GridMember> members) {
        return members.stream().map(GridMember::staffId).collect(Collectors.toSet());
    }

    /** A staff member working in a grid. */
    public record GridMember(long staffId, String username, String displayName, boolean active) {}
}
