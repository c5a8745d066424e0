package cn.laborcase.organization;

/** A grid offered in a picker (e.g. the grids of a staff member). */
public record GridOption(long id, String code, String name, long officeId, String officeName, boolean active) {

    public String label() {
        return name; // screens show names, never the grid's code (issue 10)
    }
}
