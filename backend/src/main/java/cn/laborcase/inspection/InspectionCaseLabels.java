package cn.laborcase.inspection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Chinese words (the same as the write side's enums) for the codes the inspection case's tables store (V17): its origin (案件来源), state and outcome.
 * Screens show these, never the codes. The order of each map is the order of the search form's choices.
 */
public final class InspectionCaseLabels {

    /** 案件来源 (条例 §13, 25号令 §14–§18). */
    public static final Map<String, String> ORIGINS = ordered(
            "COMPLAINT", "投诉",
            "PATROL", "日常巡视检查",
            "WRITTEN_REVIEW", "书面审查",
            "WARNING", "预警",
            "REFERRAL", "移送",
            "INSTRUCTION", "领导交办");

    /** The case's states, in the order a case moves through them. */
    public static final Map<String, String> STATUSES = ordered(
            "FILING_PENDING", "待立案审批",
            "FILING_REFUSED", "不予立案",
            "INVESTIGATING", "调查取证",
            "RECTIFYING", "限期整改",
            "DECIDING", "处理决定",
            "PENALTY_NOTICE", "行政处罚告知",
            "HEARING", "听证",
            "TRANSFERRING", "移送",
            "CLOSING_PENDING", "待结案审批",
            "CLOSED", "已结案",
            "WITHDRAWN", "已撤销立案");

    /** 处理结果. */
    public static final Map<String, String> OUTCOMES = ordered(
            "RECTIFIED", "责令改正",
            "HANDLING_DECISION", "行政处理决定",
            "PENALTY", "行政处罚",
            "WITHDRAWN", "撤销立案",
            "TRANSFERRED", "移送有关部门",
            "CRIMINAL_TRANSFER", "涉嫌犯罪移送公安机关");

    /** States with no running period: the case is over. */
    public static final Set<String> ENDED = Set.of("CLOSED", "WITHDRAWN", "FILING_REFUSED");

    private InspectionCaseLabels() {}

    public static String origin(String code) {
        return label(ORIGINS, code);
    }

    public static String status(String code) {
        return label(STATUSES, code);
    }

    public static String outcome(String code) {
        return label(OUTCOMES, code);
    }

    public static boolean ended(String status) {
        return ENDED.contains(status);
    }

    /** An unknown code (a state added on the write side and not here yet) is shown as 办理中, never as the code. */
    private static String label(Map<String, String> labels, String code) {
        if (code == null) {
            return null;
        }
        return labels.getOrDefault(code, "办理中");
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
