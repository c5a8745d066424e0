package cn.laborcase.employer.persistence;

/** What the registry keeps beside {@code EmployerView}: the row's version, risk level and watch-list reason. */
public record EmployerStateRow(long id, int version, String riskLevel, String watchReason) {}
