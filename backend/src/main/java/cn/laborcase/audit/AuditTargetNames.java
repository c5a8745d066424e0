package cn.laborcase.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names the journal's targets for its readers: a module that journals a kind of target (COMPLAINT, STAFF, …) offers a
 * bean that turns the stored ids into what people know (a case number, a person's name), so the journal page never
 * shows an internal id. Kinds without a bean show their label only; the summary says the rest.
 */
public interface AuditTargetNames {

    /** The {@code targetType} this bean names; {@link #ACTOR} for the usernames of the actors. */
    String targetType();

    /** The names of those ids it knows; ids it does not know are left out. */
    Map<String, String> names(Collection<String> ids);

    /** The pseudo target type of the actor column (usernames). */
    String ACTOR = "ACTOR";
}
