package cn.laborcase.employer.web;

import cn.laborcase.employer.EmployerDetail;
import cn.laborcase.employer.EmployerEdit;
import java.util.Arrays;
import java.util.List;

/** The edit form as posted: the sites as text, one address a line. */
record EmployerForm(
        Integer version,
        String name,
        String address,
        String legalRepresentative,
        String industry,
        String employeeCount,
        String premises,
        String constructionSites) {

    static EmployerForm of(EmployerDetail d) {
        var e = d.employer();
        return new EmployerForm(
                d.version(),
                e.name(),
                e.address(),
                e.legalRepresentative(),
                e.industry(),
                e.employeeCount() == null ? "" : String.valueOf(e.employeeCount()),
                lines(d, "经营场所"),
                lines(d, "工地"));
    }

    EmployerEdit edit() {
        return new EmployerEdit(
                version,
                name,
                address,
                legalRepresentative,
                industry,
                employeeCount,
                split(premises),
                split(constructionSites));
    }

    private static List<String> split(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\r?\\n")).map(String::strip).toList();
    }

    private static String lines(EmployerDetail d, String kind) {
        return String.join(
                "\n",
                d.sites().stream()
                        .filter(s -> s.kind().equals(kind))
                        .map(EmployerDetail.Site::address)
                        .toList());
    }
}
