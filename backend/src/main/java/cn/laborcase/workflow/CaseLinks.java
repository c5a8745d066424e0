package cn.laborcase.workflow;

import cn.laborcase.security.CurrentUser;
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

    /** The case's number as lists show it (the complaint's 登记编号, not its id or business key); null if none. */
    public String number(TaskView task) {
        return number(task.processKey(), task.businessKey());
    }

    /** The number of the case of a process instance by its process key and business key. */
    public String number(String processKey, String businessKey) {
        if (businessKey == null) {
            return null;
        }
        CaseLink link = byProcess.get(processKey);
        // a process of no track (the registry review) has a business key but no case number: show nothing, not a key
        return link == null ? null : link.caseNumber(businessKey);
    }

    /** The task's case tags (应急, 集体) for lists. */
    public java.util.List<String> tags(TaskView task) {
        CaseLink link = byProcess.get(task.processKey());
        return link == null || task.businessKey() == null ? java.util.List.of() : link.tags(task.businessKey());
    }

    /** The case summary and parties for the task page, within the user's scope; null if there is none. */
    public CaseLink.CaseSummary summary(TaskView task, CurrentUser user) {
        CaseLink link = byProcess.get(task.processKey());
        return link == null || task.businessKey() == null ? null : link.summary(task.businessKey(), user);
    }

    /** The case page of the task's process instance; null if its process has none. */
    public String of(TaskView task) {
        CaseLink link = byProcess.get(task.processKey());
        return link == null || task.businessKey() == null ? null : link.href(task.businessKey());
    }
}
