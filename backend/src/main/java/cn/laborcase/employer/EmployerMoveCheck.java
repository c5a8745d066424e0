package cn.laborcase.employer;

import java.util.Optional;

/**
 * Asked before an employer moves to a grid of another office: a track whose open matters cannot follow across offices
 * says why (e.g. an inspection case filed by the old office stays in its jurisdiction until it is closed or lawfully
 * transferred). Implemented by the tracks; the registry does not know them.
 */
public interface EmployerMoveCheck {

    /**
     * @return why the employer may not move from {@code fromOfficeCode} to {@code toOfficeCode} now, in words an
     *     administrator understands; empty when it may
     */
    Optional<String> objectionToOfficeChange(long employerId, String fromOfficeCode, String toOfficeCode);
}
