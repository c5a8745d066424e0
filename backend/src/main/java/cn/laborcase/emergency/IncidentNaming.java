package cn.laborcase.emergency;

import cn.laborcase.cases.CaseNaming;
import cn.laborcase.emergency.persistence.WageIncidentMapper;
import cn.laborcase.emergency.persistence.WageIncidentRow;
import cn.laborcase.shared.CaseType;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** An incident by its number (东湖欠薪应急〔2026〕3号) on other modules' screens, e.g. the employer's grade history. */
@Component
class IncidentNaming implements CaseNaming {

    private final WageIncidentMapper mapper;

    IncidentNaming(WageIncidentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public CaseType caseType() {
        return CaseType.WAGE_INCIDENT;
    }

    @Override
    public Optional<String> number(long id) {
        return mapper.findById(id).map(WageIncidentRow::incidentNumber);
    }
}
