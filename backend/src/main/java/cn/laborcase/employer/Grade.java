package cn.laborcase.employer;

import java.util.Optional;

/** 守法诚信等级 (人社部规〔2016〕1号《企业劳动保障守法诚信等级评价办法》): A 守法诚信, B 基本守法诚信, C 不讲守法诚信. */
public enum Grade {
    A("A 级（守法诚信）"),
    B("B 级（基本守法诚信）"),
    C("C 级（不讲守法诚信）");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Grade> of(String code) {
        for (Grade g : values()) {
            if (g.name().equals(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The label of a stored code, the code itself if unknown (never thrown: it is only shown). */
    public static String labelOf(String code) {
        return of(code).map(Grade::label).orElse(code);
    }
}
