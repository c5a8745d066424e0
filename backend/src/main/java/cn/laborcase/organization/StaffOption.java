package cn.laborcase.organization;

/** A staff member offered in a picker (e.g. a grid's inspectors). */
public record StaffOption(long id, String username, String displayName, String title) {

    public String label() {
        // screens show names and titles, never usernames (issue 10)
        return title == null || title.isBlank() ? displayName : displayName + "（" + title + "）";
    }
}
