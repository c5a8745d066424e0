package cn.laborcase.employer;

import java.time.LocalDate;

/**
 * An employer as lists and case pages show it.
 *
 * @param officeCode the inspection office of the employer's grid: the office that handles its cases (条例 §13)
 */
public record EmployerView(
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
        LocalDate registryCheckedOn) {}
