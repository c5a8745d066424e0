package cn.laborcase.workflow;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The case page of a task, from the {@link CaseLink}s of the modules; as bean {@code caseLinks} for templates. */
@Component("caseLinks")
public class CaseLinks {

    private final Map<String, CaseLink> byProcess;

    CaseLinks(ObjectProvider<CaseLink> links) {
        this.byProcess =
                links.orderedStream().collect(Collectors.toUnmodifiableMap(CaseLink::processKey, Function.identity()));
    }

    /** The case page of the task's process instance; null if its process has none. */
    public String of(TaskView task) {
        CaseLink link = byProcess.get(task.processKey());
        return link == null || task.businessKey() == null ? null : link.href(task.businessKey());
    }
}
