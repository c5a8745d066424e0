package cn.laborcase.documents.persistence;

/** Receives the identity value of an insert (MyBatis {@code useGeneratedKeys}). */
public final class GeneratedKey {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
