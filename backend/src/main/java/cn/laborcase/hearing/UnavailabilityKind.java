package cn.laborcase.hearing;

import java.util.Arrays;
import java.util.Optional;

/** Why a staff member cannot sit: 休假, 培训, 其他. */
enum UnavailabilityKind {
    LEAVE("休假"),
    TRAINING("培训"),
    OTHER("其他事务");

    private final String label;

    UnavailabilityKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Optional<UnavailabilityKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(v) || k.label.equals(v) || (k == OTHER && v.equals("其他")))
                .findFirst();
    }
}
