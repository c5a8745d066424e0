package cn.laborcase.workflow;

import cn.laborcase.security.CurrentUser;

/**
 * Where the case of a process is shown, so that the task page can link to it. A module registers one bean per
 * process it owns; the workflow module does not know the modules' pages.
 */
public interface CaseLink {

    /** The process definition key whose tasks link to the case page. */
    String processKey();

    /** The case page for a process instance's business key, e.g. {@code /complaints/42}. */
    String href(String businessKey);

    /**
     * What lists show as the case's number for a business key (a task list names the case, never an internal id);
     * null when there is none. By default the business key itself, for processes whose key is their number.
     */
    default String caseNumber(String businessKey) {
        return businessKey;
    }

    /** Tags lists show beside the case (应急, 集体), derived from the case by its module; none by default. */
    default java.util.List<String> tags(String businessKey) {
        return java.util.List.of();
    }

    /**
     * The case summary and its parties the task page shows above the task (a fragment of the owning module, masked as
     * its rules say), read within the user's scope; null when there is none or the user may not see the case.
     */
    default CaseSummary summary(String businessKey, CurrentUser user) {
        return null;
    }

    /** A fragment ({@code template :: fragment}) and its model, read as {@code ${summary}}. */
    record CaseSummary(String fragment, java.util.Map<String, Object> model) {}
}
