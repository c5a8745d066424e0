package cn.laborcase.calendar;

/**
 * The case a deadline belongs to.
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
}
