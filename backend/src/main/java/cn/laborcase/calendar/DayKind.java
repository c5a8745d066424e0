package cn.laborcase.calendar;

/** What the State Council's schedule says about a day: a day off (放假), or a make-up working day (调休上班). */
public enum DayKind {
    OFF("放假"),
    WORKING("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<DayKind> parse(String name) {
        return java.util.Arrays.stream(values())
                .filter(k -> k.name().equals(name))
                .findFirst();
    }
}
