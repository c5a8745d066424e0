package cn.laborcase.workbench;

/**
 * A group of the sidebar (工作台, 举报投诉, 文书, 系统管理, …): its Chinese label, its icon and its place. A track
 * that brings a group of its own declares a constant like these; two entries naming the same label must agree on the
 * icon and the order ({@link Menus} refuses them otherwise).
 *
 * @param key stable id of the group (its collapsed state is remembered under it in the browser)
 * @param label the Chinese name shown
 * @param icon a Bootstrap Icons name without the {@code bi-} prefix
 * @param order smaller first
 */
public record MenuGroup(String key, String label, String icon, int order) {

    public static final MenuGroup WORKBENCH = new MenuGroup("workbench", "工作台", "speedometer2", 10);
    public static final MenuGroup COMPLAINTS = new MenuGroup("complaints", "举报投诉", "megaphone", 20);
    public static final MenuGroup DOCUMENTS = new MenuGroup("documents", "文书", "file-earmark-text", 80);
    public static final MenuGroup ADMINISTRATION = new MenuGroup("admin", "系统管理", "gear", 90);
}
