package cn.laborcase.patrol;

import cn.laborcase.organization.Office;
import cn.laborcase.organization.OfficeKind;
import cn.laborcase.organization.OrganizationDirectory;
import cn.laborcase.shared.NotFoundException;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一公开 (国办发〔2015〕58号: 抽查情况及查处结果及时向社会公开): the public listing of a month's routine patrols of an
 * office and the offices below it — the employers checked and the results. No inspector, no note, no person.
 */
@Service
public class PatrolPublication {

    private final PatrolPlans plans;
    private final OrganizationDirectory directory;

    PatrolPublication(PatrolPlans plans, OrganizationDirectory directory) {
        this.plans = plans;
        this.directory = directory;
    }

    /** The listing of an office's month (the first inspection office and the current month when not given). */
    @Transactional(readOnly = true)
    public Publication of(String officeCode, String month) {
        YearMonth chosen = month == null || month.isBlank() ? plans.currentMonth() : PatrolPlans.month(month);
        List<OfficeChoice> offices = directory.offices().stream()
                .filter(Office::active)
                .filter(o -> o.kind() != OfficeKind.ARBITRATION)
                .map(o -> new OfficeChoice(o.code(), o.name()))
                .toList();
        OfficeChoice office = officeCode == null || officeCode.isBlank()
                ? offices.stream().findFirst().orElseThrow(() -> new NotFoundException("机构", ""))
                : offices.stream()
                        .filter(o -> o.code().equals(officeCode.strip()))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("机构", officeCode));
        return new Publication(
                offices,
                office.code(),
                office.name(),
                chosen.toString(),
                PatrolPlans.label(chosen),
                plans.publicResults(directory.officeSubtree(office.code()), chosen));
    }

    /** An office the public may choose. */
    public record OfficeChoice(String code, String name) {}

    /** The public page. */
    public record Publication(
            List<OfficeChoice> offices,
            String officeCode,
            String officeName,
            String month,
            String monthLabel,
            List<PatrolPlans.PublicResult> rows) {}
}
