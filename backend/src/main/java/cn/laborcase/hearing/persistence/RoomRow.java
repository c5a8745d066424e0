package cn.laborcase.hearing.persistence;

/** A row of {@code hearing_room}; opening hours in minutes after midnight, Beijing time. */
public record RoomRow(
        Long id,
        String officeCode,
        String name,
        int capacity,
        boolean video,
        boolean recording,
        int opensMinute,
        int closesMinute,
        boolean active,
        int version) {}
