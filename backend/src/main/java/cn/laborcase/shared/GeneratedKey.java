package cn.laborcase.shared;

/**
 * Receives the identity value of an insert (MyBatis {@code useGeneratedKeys}); null when nothing was inserted.
 * Shared by every module's mappers.
 */
public final class GeneratedKey {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
