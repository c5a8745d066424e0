package cn.laborcase.hearing.persistence;

import java.time.LocalDate;

/** A row of {@code hearing_room_closure}: the room is out of service from one day to another, both inclusive. */
public record ClosureRow(Long id, long roomId, LocalDate fromDay, LocalDate toDay, String reason) {}
