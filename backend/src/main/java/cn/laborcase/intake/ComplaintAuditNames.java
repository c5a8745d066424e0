package cn.laborcase.intake;

import cn.laborcase.audit.AuditTargetNames;
import cn.laborcase.cases.CaseNaming;
import cn.laborcase.intake.persistence.ComplaintNumberMapper;
import cn.laborcase.shared.CaseType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The audit journal and other modules' screens name a complaint by its case number (东湖投诉〔2026〕5号), not by the id
 * they store.
 */
@Component
class ComplaintAuditNames implements AuditTargetNames, CaseNaming {

    private final ComplaintNumberMapper mapper;

    ComplaintAuditNames(ComplaintNumberMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public CaseType caseType() {
        return CaseType.COMPLAINT;
    }

    @Override
    public Optional<String> number(long id) {
        return mapper.numbers(List.of(id)).stream().findFirst().map(ComplaintNumberMapper.IdNumber::number);
    }

    @Override
    public String targetType() {
        return ComplaintRegistration.TARGET;
    }

    @Override
    public Map<String, String> names(Collection<String> ids) {
        List<Long> numeric = ids.stream()
                .filter(id -> id != null && id.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .distinct()
                .toList();
        if (numeric.isEmpty()) {
            return Map.of();
        }
        return mapper.numbers(numeric).stream()
                .collect(Collectors.toMap(r -> String.valueOf(r.id()), ComplaintNumberMapper.IdNumber::number));
    }
}
