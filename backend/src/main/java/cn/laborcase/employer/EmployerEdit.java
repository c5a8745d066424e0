package cn.laborcase.employer;

import java.util.List;

/**
 * A change to an employer's record, from its edit form or {@code PUT /api/employers/{creditCode}}.
 *
 * @param version the version the user loaded (a stale one is a 409)
 * @param employeeCount as typed: a whole number, 0 or more, or blank
 * @param premises 经营场所 addresses, one each
 * @param constructionSites 工地 addresses, one each
 */
public record EmployerEdit(
        Integer version,
        String name,
        String address,
        String legalRepresentative,
        String industry,
        String employeeCount,
        List<String> premises,
        List<String> constructionSites) {

    public EmployerEdit {
        premises = premises == null
                ? List.of()
                : premises.stream().filter(s -> s != null && !s.isBlank()).toList();
        constructionSites = constructionSites == null
                ? List.of()
                : constructionSites.stream()
                        .filter(s -> s != null && !s.isBlank())
                        .toList();
    }
}
