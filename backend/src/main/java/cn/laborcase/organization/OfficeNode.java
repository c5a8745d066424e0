package cn.laborcase.organization;

/**
 * An office in the tree as the office list shows it.
 *
 * @param depth 0 for a top-level office
 */
public record OfficeNode(Office office, int depth, String parentName, long activeStaff, long activeGrids) {}
