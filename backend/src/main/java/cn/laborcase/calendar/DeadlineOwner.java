package cn.laborcase.calendar;

import cn.laborcase.shared.CaseRef;
import java.util.Optional;

/**
 * The case a deadline belongs to. Modules pass their {@link CaseRef}; the columns keep the type and id as text.
 *
 * @param type the owning module's case type, e.g. COMPLAINT, INSPECTION_CASE, ARBITRATION_CASE
 * @param id the case's id in that module
 */
public record DeadlineOwner(String type, String id) {

    public DeadlineOwner {
        if (type == null || type.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a deadline owner needs a type and an id");
        }
    }

    /** The case's deadline: stored as its type name and id ({@code COMPLAINT}, {@code 42}), as before. */
    public DeadlineOwner(CaseRef ref) {
        this(ref.type().name(), String.valueOf(ref.id()));
    }

    /** The owner as a case, when it is one (every owner written through {@link #DeadlineOwner(CaseRef)} is). */
    public Optional<CaseRef> caseRef() {
        return CaseRef.parse(type + ":" + id);
    }
}
