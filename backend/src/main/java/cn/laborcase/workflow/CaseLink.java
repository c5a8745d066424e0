package cn.laborcase.workflow;

/**
 * Where the case of a process is shown, so that the task page can link to it. A module registers one bean per
 * process it owns; the workflow module does not know the modules' pages.
 */
public interface CaseLink {

    /** The process definition key whose tasks link to the case page. */
    String processKey();

    /** The case page for a process instance's business key, e.g. {@code /complaints/42}. */
    String href(String businessKey);
}
