package cn.laborcase.employer.persistence;

/** One row of the registry list. */
public record EmployerListRow(
        long id,
        String creditCode,
        String name,
        String gridCode,
        String gridName,
        String officeCode,
        String officeName,
        String address,
        String legalRepresentative,
        String industry,
        Integer employeeCount,
        String integrityGrade,
        boolean watchList,
        String riskLevel) {}
