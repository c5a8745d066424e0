package cn.laborcase.employer;

import java.time.LocalDate;

/** An employer as lists and case pages show it. */
public record EmployerView(
        long id,
        String creditCode,
        String name,
        String gridCode,
        String gridName,
        String address,
        String legalRepresentative,
        String industry,
        Integer employeeCount,
        String integrityGrade,
        boolean watchList,
        LocalDate registryCheckedOn) {}
