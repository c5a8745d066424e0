package cn.laborcase.shared;

/**
 * Receives the identity value of an insert (MyBatis {@code useGeneratedKeys}); null when nothing was inserted. The
 * one every new mapper uses (the older modules still have a copy each in their {@code persistence} package).
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
