package cn.laborcase.arbitration;

import java.time.LocalDate;
import java.util.List;

/**
 * What the hearings module needs to know of an arbitration case to schedule its hearing (开庭): its number, state,
 * tribunal, parties and award deadline. A read model of the port {@link HearingCases}.
 *
 * @param tribunalComposed the tribunal is composed (status 仲裁庭已组成) and complete (1 sole or 3 members)
 * @param awardDueDate the award deadline (仲裁期限, 法 §43); null while the period is paused (中止)
 * @param suspended the proceedings are suspended (中止仲裁)
 */
public record HearingCase(
        long id,
        String officeCode,
        String number,
        String status,
        String statusLabel,
        boolean tribunalComposed,
        String tribunalMode,
        List<Member> tribunal,
        List<Party> parties,
        LocalDate awardDueDate,
        boolean suspended) {

    public HearingCase {
        tribunal = List.copyOf(tribunal);
        parties = List.copyOf(parties);
    }

    /** A member of the tribunal: PRESIDING, MEMBER or SOLE, with the role in words. */
    public record Member(String username, String name, String role, String roleLabel) {}

    /**
     * A party (申请人, 被申请人, 委托代理人) with the address the notice is served at and, if he confirmed one for
     * electronic service, his e-mail address ({@code emailConsent}: 同意电子送达). The arbitration case records no
     * e-mail address yet, so {@link HearingCases} gives none: every party is served by the configured default method.
     */
    public record Party(String name, String roleLabel, String address, String email, boolean emailConsent) {

        public Party(String name, String roleLabel, String address) {
            this(name, roleLabel, address, null, false);
        }

        /** May the notice be served on him by e-mail? Only to an address he confirmed for service. */
        public boolean servedByEmail() {
            return email != null && !email.isBlank() && emailConsent;
        }
    }

    /** The number of people who sit on the parties' side: applicants, respondents and agents. */
    public int partyCount() {
        return parties.size();
    }

    public boolean sits(String username) {
        return tribunal.stream().anyMatch(m -> m.username().equals(username));
    }
}
