package cn.laborcase.cases;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.case-numbers}: the number pattern of each register (series), e.g. {@code COMPLAINT:
 * "{office}{kind}〔{year}〕{seq}号"}. Placeholders: {@code {office}} the office's short name (机关代字), {@code {year}},
 * {@code {seq}}, and whatever the owning module passes (intake: {@code {kind}} 投诉/举报).
 *
 * @param patterns the pattern per series code; a module's series without one cannot be formatted
 */
@ConfigurationProperties("laborcase.case-numbers")
public record CaseNumberSettings(Map<String, String> patterns) {

    public CaseNumberSettings {
        Map<String, String> p = new HashMap<>();
        // built-in defaults, so a configuration that names no series still numbers intake as before
        p.put(CaseNumbers.COMPLAINT_SERIES, CaseNumbers.COMPLAINT_PATTERN);
        if (patterns != null) {
            p.putAll(patterns);
        }
        patterns = Map.copyOf(p);
    }
}
