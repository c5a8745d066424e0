package cn.laborcase.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The journal's codes in the words of the people who read it ({@code laborcase.audit} in application.yml): each
 * action the modules journal (TASK_CLAIMED → 领取任务) and each kind of target (COMPLAINT → 举报投诉). The journal page
 * shows only these labels and offers the actions as its filter; a code without a label shows as 其他操作, never as
 * itself.
 */
@ConfigurationProperties("laborcase.audit")
public record AuditActions(Map<String, String> actions, Map<String, String> targets, Map<String, String> states) {

    public static final String UNKNOWN_ACTION = "其他操作";

    public AuditActions {
        actions = actions == null ? Map.of() : new LinkedHashMap<>(actions);
        targets = targets == null ? Map.of() : new LinkedHashMap<>(targets);
        states = states == null ? Map.of() : new LinkedHashMap<>(states);
    }

    private static final java.util.regex.Pattern STATE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    /** A before/after snapshot with the state names in it replaced by their labels ("UNDER_REVIEW INSPECTION"). */
    public String states(String snapshot) {
        if (snapshot == null) {
            return null;
        }
        return STATE.matcher(snapshot)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(states.getOrDefault(m.group(), m.group())));
    }

    public String action(String code) {
        return code == null ? "—" : actions.getOrDefault(code, UNKNOWN_ACTION);
    }

    public String target(String code) {
        return code == null ? "" : targets.getOrDefault(code, "其他");
    }

    public boolean knows(String action) {
        return actions.containsKey(action);
    }

    /** The actions as a filter's choices, in the order of the configuration. */
    public List<Map.Entry<String, String>> choices() {
        return List.copyOf(actions.entrySet());
    }
}
