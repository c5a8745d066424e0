package cn.laborcase.audit;

import cn.laborcase.shared.ExportLimit;
import cn.laborcase.shared.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal page and its export in Chinese: entries turned into {@link AuditLine}s with the labels of
 * {@link AuditActions} and the names of every module's {@link AuditTargetNames}. Only administrators reach it (the
 * {@code /admin} chain).
 */
@Service
public class AuditReader {

    static final String EXPORT_NAME = "审计日志";

    private final AuditJournal journal;
    private final AuditActions labels;
    private final ObjectProvider<AuditTargetNames> namers;
    private final ExportLimit exportLimit;

    AuditReader(
            AuditJournal journal,
            AuditActions labels,
            ObjectProvider<AuditTargetNames> namers,
            ExportLimit exportLimit) {
        this.journal = journal;
        this.labels = labels;
        this.namers = namers;
        this.exportLimit = exportLimit;
    }

    @Transactional(readOnly = true)
    public Page<AuditLine> page(AuditQuery query) {
        Page<AuditEntry> entries = journal.page(query);
        List<AuditLine> lines = lines(entries.items());
        return new Page<>(lines, entries.total(), entries.page(), entries.size());
    }

    /** Every entry the query finds, for an export: refused above the export limit, and itself journaled. */
    @Transactional
    public List<AuditLine> export(AuditQuery query) {
        long total = journal.count(query);
        exportLimit.check(total);
        List<AuditLine> lines = lines(journal.search(query.all((int) total)));
        journal.recordExport(EXPORT_NAME, query.describe(labels), lines.size());
        return lines;
    }

    public AuditActions labels() {
        return labels;
    }

    private List<AuditLine> lines(List<AuditEntry> entries) {
        Map<String, Map<String, String>> names = new HashMap<>();
        names.put(
                AuditTargetNames.ACTOR,
                name(
                        AuditTargetNames.ACTOR,
                        entries.stream().map(AuditEntry::actor).toList()));
        entries.stream()
                .filter(e -> e.targetType() != null && e.targetId() != null)
                .collect(Collectors.groupingBy(
                        AuditEntry::targetType, Collectors.mapping(AuditEntry::targetId, Collectors.toSet())))
                .forEach((type, ids) -> names.put(type, name(type, List.copyOf(ids))));
        return entries.stream()
                .map(e -> new AuditLine(
                        e.id(),
                        e.occurredAt(),
                        names.get(AuditTargetNames.ACTOR).getOrDefault(e.actor(), e.actor()),
                        labels.action(e.action()),
                        target(e, names.getOrDefault(e.targetType(), Map.of())),
                        namedIn(e.summary()),
                        labels.states(e.beforeState()),
                        labels.states(e.afterState()),
                        e.remoteAddr()))
                .toList();
    }

    /** A case key written into a summary ("COMPLAINT 1", "COMPLAINT:1") by its name, as the target column. */
    private static final java.util.regex.Pattern CASE_KEY =
            java.util.regex.Pattern.compile("\\b([A-Z][A-Z_]+)[ :](\\d{1,18})\\b");

    private String namedIn(String summary) {
        if (summary == null || !CASE_KEY.matcher(summary).find()) {
            return summary;
        }
        return CASE_KEY.matcher(summary).replaceAll(m -> {
            String name = name(m.group(1), List.of(m.group(2))).get(m.group(2));
            return java.util.regex.Matcher.quoteReplacement(name != null ? name : labels.target(m.group(1)) + "（未编号）");
        });
    }

    private String target(AuditEntry e, Map<String, String> names) {
        String label = labels.target(e.targetType());
        String name = e.targetId() == null ? null : names.get(e.targetId());
        if (AuditJournal.LIST_EXPORTED.equals(e.action()) || "LIST".equals(e.targetType())) {
            name = e.targetId(); // the list's Chinese name
        }
        return name == null ? label : label + " " + name;
    }

    private Map<String, String> name(String type, List<String> ids) {
        return namers.orderedStream()
                .filter(n -> n.targetType().equals(type))
                .findFirst()
                .map(n -> n.names(ids.stream().distinct().toList()))
                .orElse(Map.of());
    }
}
