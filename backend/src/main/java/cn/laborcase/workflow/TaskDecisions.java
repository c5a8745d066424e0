package cn.laborcase.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code laborcase.task-forms.decisions}: per task form (by its id), the field that holds the decision, which other
 * fields belong to which of its options (the task page shows only the fields of the option chosen), and which options
 * are legal decisions that are final once submitted (不予受理, 结案) and ask for confirmation first. Rules of the
 * owning track, kept in configuration; the track's {@link TaskFormRule} still checks on the server what each option
 * requires.
 */
@ConfigurationProperties("laborcase.task-forms")
public record TaskDecisions(Map<String, Decision> decisions) {

    public TaskDecisions {
        decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
    }

    /** The decision of a form, or null when the form has none. */
    public Decision of(TaskForm form) {
        return form == null ? null : decisions.get(form.id());
    }

    /**
     * @param field the key of the decision field (a radio or select)
     * @param fieldsByOption for each option, the keys of the fields it needs; a field named under no option always shows
     * @param finalOptions options that are a legal decision, final once submitted
     * @param confirm the question asked before a final option is submitted
     */
    public record Decision(
            String field, Map<String, List<String>> fieldsByOption, Set<String> finalOptions, String confirm) {

        public Decision {
            fieldsByOption = fieldsByOption == null ? Map.of() : Map.copyOf(fieldsByOption);
            finalOptions = finalOptions == null ? Set.of() : Set.copyOf(finalOptions);
        }

        /** The options under which the field shows, space separated ("REFER"), or null when it always shows. */
        public String showFor(String fieldKey) {
            String options = fieldsByOption.entrySet().stream()
                    .filter(e -> e.getValue().contains(fieldKey))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .collect(Collectors.joining(" "));
            return options.isEmpty() ? null : options;
        }

        /** The final options, space separated, for the page's confirmation. */
        public String finalOptionList() {
            return finalOptions.stream().sorted().collect(Collectors.joining(" "));
        }
    }
}
