package cn.laborcase.employer;

/** One employer in the registry list and its export: names and labels, no codes but the credit code. */
public record EmployerSummary(
        long id,
        String creditCode,
        String name,
        String gridName,
        String officeName,
        String address,
        String legalRepresentative,
        String industry,
        Integer employeeCount,
        Grade grade,
        boolean watchList,
        RiskLevel riskLevel) {}
