package cn.laborcase.calendar;

/**
 * How a legal period counts: inspection periods in working days (工作日), arbitration periods in calendar days (日)
 * whose last day rolls forward past rest days and holidays.
 */
public enum PeriodUnit {
    WORKING_DAYS("个工作日"),
    CALENDAR_DAYS("日");

    private final String label;

    PeriodUnit(String label) {
        this.label = label;
    }

    /** The Chinese counting word, e.g. "60个工作日", "45日". */
    public String label() {
        return label;
    }

    public static java.util.Optional<PeriodUnit> parse(String name) {
        return java.util.Arrays.stream(values())
                .filter(u -> u.name().equals(name))
                .findFirst();
    }
}
