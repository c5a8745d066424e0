package cn.laborcase.employer.persistence;

/** Holds the id an insert generated. */
public class GeneratedKey {

    private Long id;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
