package cn.laborcase.inspection.persistence;

/** Receives the identity MyBatis reads back after an insert. */
public final class GeneratedKey {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
