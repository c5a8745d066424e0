package cn.laborcase.mediation;

/** A party's side in a mediation. */
enum PartyRole {
    APPLICANT("申请人"),
    RESPONDENT("被申请人");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
