package cn.laborcase.employer;

/**
 * An employer to register ({@code POST /api/employers}, one row of an import).
 *
 * @param district the district (区) of the address, helps placing it in a grid
 * @param gridCode the grid; optional when the address places it ({@link EmployerRegistry#placeNew})
 * @param employeeCount as typed: a whole number, 0 or more, or blank
 */
public record NewEmployerRequest(
        String creditCode,
        String name,
        String address,
        String district,
        String gridCode,
        String legalRepresentative,
        String industry,
        String employeeCount) {}
