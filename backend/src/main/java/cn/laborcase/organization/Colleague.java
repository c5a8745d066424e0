package cn.laborcase.organization;

/** An active staff member as a choice in a list, e.g. whom a task can be transferred to (转办). */
public record Colleague(String username, String displayName, String officeCode, String officeName, String title) {}
