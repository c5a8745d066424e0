package cn.laborcase.emergency;

/**
 * The agencies the emergency plan has the office notify when it is activated (issue 13): the police (公安机关), the
 * construction authority (住房城乡建设主管部门) and the trade union (工会).
 */
public enum AgencyKind {
    POLICE("公安机关"),
    CONSTRUCTION("住房城乡建设主管部门"),
    UNION("工会");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
