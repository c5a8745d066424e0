package cn.laborcase.employer;

/**
 * An employer to add to the master record, e.g. when a complaint names one the registry does not know yet.
 *
 * @param gridCode the grid it is placed in ({@link EmployerRegistry#placeNew})
 */
public record NewEmployer(CreditCode creditCode, String name, String address, String gridCode) {}
