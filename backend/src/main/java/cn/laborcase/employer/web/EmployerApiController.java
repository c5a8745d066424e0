package cn.laborcase.employer.web;

import cn.laborcase.employer.EmployerChanges;
import cn.laborcase.employer.EmployerDetail;
import cn.laborcase.employer.EmployerDirectory;
import cn.laborcase.employer.EmployerEdit;
import cn.laborcase.employer.EmployerImport;
import cn.laborcase.employer.EmployerSummary;
import cn.laborcase.employer.EmployerView;
import cn.laborcase.employer.ImportReport;
import cn.laborcase.employer.NewEmployerRequest;
import cn.laborcase.security.CurrentUsers;
import cn.laborcase.shared.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/employers}: the registry for integrations (docs/employers.md). */
@RestController
@RequestMapping("/api/employers")
class EmployerApiController {

    private final EmployerDirectory directory;
    private final EmployerChanges changes;
    private final EmployerImport imports;
    private final CurrentUsers currentUsers;

    EmployerApiController(
            EmployerDirectory directory, EmployerChanges changes, EmployerImport imports, CurrentUsers currentUsers) {
        this.directory = directory;
        this.changes = changes;
        this.imports = imports;
        this.currentUsers = currentUsers;
    }

    /** The list's search (same parameters as the page: q, representative, grid, grade, watch, risk, page, size, sort, dir). */
    @GetMapping
    Page<EmployerSummary> search(EmployerSearch search) {
        return directory.page(currentUsers.require(), search.filter(true));
    }

    @GetMapping("/{creditCode}")
    EmployerResource get(@PathVariable String creditCode) {
        return EmployerResource.of(directory.detail(currentUsers.require(), creditCode));
    }

    /** 201 with the employer; 400 naming each bad field, 409 for a credit code already registered. */
    @PostMapping
    ResponseEntity<EmployerResource> create(@RequestBody CreateRequest request) {
        EmployerView created = changes.create(currentUsers.require(), request.toNew());
        return ResponseEntity.created(URI.create("/api/employers/" + created.creditCode()))
                .body(EmployerResource.of(directory.detail(currentUsers.require(), created.creditCode())));
    }

    /** Changes the record; {@code version} as read, 409 when someone changed it first. */
    @PutMapping("/{creditCode}")
    EmployerResource update(@PathVariable String creditCode, @RequestBody UpdateRequest request) {
        EmployerView changed = changes.edit(currentUsers.require(), creditCode, request.toEdit());
        return EmployerResource.of(directory.detail(currentUsers.require(), changed.creditCode()));
    }

    /**
     * {@code text/csv} (UTF-8, header {@value EmployerImport#HEADER}): 200 with {@code accepted} and {@code rejected}
     * [{row, field, reason}]; a file over the limit is refused with a 400 naming it (read no further than the limit).
     */
    @PostMapping(
            value = "/import",
            consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportReport importCsv(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(imports.maxBytes() + 1);
        }
        return imports.importCsv(currentUsers.require(), body);
    }

    /** The body of {@code POST /api/employers}: the employee count as a JSON number. */
    record CreateRequest(
            String creditCode,
            String name,
            String address,
            String district,
            String gridCode,
            String legalRepresentative,
            String industry,
            Integer employeeCount) {

        NewEmployerRequest toNew() {
            return new NewEmployerRequest(
                    creditCode,
                    name,
                    address,
                    district,
                    gridCode,
                    legalRepresentative,
                    industry,
                    employeeCount == null ? null : String.valueOf(employeeCount));
        }
    }

    /** The body of {@code PUT /api/employers/{creditCode}}: the employee count as a JSON number. */
    record UpdateRequest(
            Integer version,
            String name,
            String address,
            String legalRepresentative,
            String industry,
            Integer employeeCount,
            java.util.List<String> premises,
            java.util.List<String> constructionSites) {

        EmployerEdit toEdit() {
            return new EmployerEdit(
                    version,
                    name,
                    address,
                    legalRepresentative,
                    industry,
                    employeeCount == null ? null : String.valueOf(employeeCount),
                    premises,
                    constructionSites);
        }
    }

    /** An employer as the API shows it, with the version to send back with a change. */
    record EmployerResource(
            String creditCode,
            String name,
            String address,
            String legalRepresentative,
            String industry,
            Integer employeeCount,
            String gridCode,
            String gridName,
            String officeName,
            String integrityGrade,
            boolean watchList,
            String watchReason,
            String riskLevel,
            String riskLevelLabel,
            java.util.List<EmployerDetail.Site> sites,
            int version) {

        static EmployerResource of(EmployerDetail d) {
            EmployerView e = d.employer();
            return new EmployerResource(
                    e.creditCode(),
                    e.name(),
                    e.address(),
                    e.legalRepresentative(),
                    e.industry(),
                    e.employeeCount(),
                    e.gridCode(),
                    e.gridName(),
                    e.officeName(),
                    e.integrityGrade(),
                    e.watchList(),
                    d.watchReason(),
                    d.riskLevel().name(),
                    d.riskLevel().label(),
                    d.sites(),
                    d.version());
        }
    }
}
