package cn.laborcase.hearing;

/**
 * An administrator's edit of a room: everything but its committee, at the version he saw (a concurrent edit → 409).
 * Opening hours as {@code 08:30}, Beijing time.
 */
public record RoomUpdateRequest(
        Integer version,
        String name,
        Integer capacity,
        Boolean video,
        Boolean recording,
        String opensAt,
        String closesAt) {}
