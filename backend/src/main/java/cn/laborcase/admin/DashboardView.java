package cn.laborcase.admin;

/** The figures on the administrator's home page (系统管理). */
public record DashboardView(
        long activeStaff,
        long activeOffices,
        long activeGrids,
        long employers,
        long openTasks,
        long failedJobs,
        long openIncidents) {}
