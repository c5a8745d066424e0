package cn.laborcase.employer;

/**
 * The grid an employer belongs to, with the office that grid reports to, and how it was determined.
 *
 * @param basis in words, e.g. "同一道路（东湖区湖东路）已登记的用人单位均属该网格"
 */
public record GridPlacement(String gridCode, String gridName, String officeCode, String officeName, String basis) {}
