package cn.laborcase.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An inspection case as its documents need it: what every 文书 of the case prints besides the fields of its own step.
 *
 * @param originLabel 案件来源 in words: 投诉, 举报, 日常巡视检查, 书面审查, 预警, 移送, 领导交办
 * @param filedOn the day of 立案 (empty while the 立案 approval is pending)
 * @param dueDate the end of the 60 (or 90) working-day period, if filed
 * @param employer the employer the case is against (the party every decision is addressed to)
 * @param complainants the complainants of a complaint-origin case; reporters (举报人) are never listed here
 *     (条例 §9 ¶3): their identity stays on the complaint
 * @param inspectors the names of the case's inspectors (at least two, 条例 §16)
 * @param participants usernames working on the case (the documents' data scope)
 */
public record InspectionCaseSnapshot(
        long caseId,
        String caseNumber,
        String officeCode,
        String gridCode,
        String originLabel,
        LocalDate filedOn,
        LocalDate dueDate,
        Party employer,
        List<Party> complainants,
        List<String> inspectors,
        String facts,
        Set<String> participants) {

    public InspectionCaseSnapshot {
        complainants = complainants == null ? List.of() : List.copyOf(complainants);
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
        participants = participants == null ? Set.of() : Set.copyOf(participants);
    }

    /**
     * A party of the case.
     *
     * @param identifier the employer's 统一社会信用代码, or a person's ID number
     * @param representative the employer's 法定代表人或主要负责人 (empty for a person)
     */
    public record Party(
            String name,
            String identifier,
            String address,
            String representative,
            String representativeTitle,
            String phone,
            String email,
            boolean emailConsent) {}
}
