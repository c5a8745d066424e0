package cn.laborcase.employer.persistence;

import java.util.List;

/**
 * The registry list's search as the mapper reads it: the data scope first (everything, or the employers of these
 * offices' grids or of these grids), then the filters; LIKE patterns already escaped (shared.LikePattern).
 */
public record EmployerCriteria(
        boolean everything,
        List<String> officeCodes,
        List<String> gridCodes,
        String keyLike,
        String nameLike,
        String creditCode,
        String representativeLike,
        String gridCode,
        String grade,
        Boolean watchList,
        String riskLevel,
        String sort,
        boolean descending,
        int offset,
        int limit) {}
